package vn.nq21.workflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class Nq21WorkflowApplication {
  public static void main(String[] args) {
    SpringApplication.run(Nq21WorkflowApplication.class, args);
  }
}
