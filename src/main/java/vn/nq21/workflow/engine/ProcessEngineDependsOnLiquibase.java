package vn.nq21.workflow.engine;

import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine only checks the schema ({@code schema-update: false}); Liquibase creates it. Spring Boot
 * orders beans after Liquibase only when a detector names them, and Camunda's starter ships none.
 */
public class ProcessEngineDependsOnLiquibase
    extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineFactoryBean.class, ProcessEngine.class);
  }
}
