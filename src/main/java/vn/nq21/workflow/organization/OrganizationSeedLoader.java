package vn.nq21.workflow.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.nq21.workflow.engine.StartupOrder;

/**
 * Loads the organisation seed file at start into {@code nq21_organization} and Camunda's groups, in
 * one transaction. Organisations missing from the file are deactivated, never deleted: their cases
 * and history still name them. A malformed file stops start-up with a message naming its lines.
 */
@Component
@Order(StartupOrder.ORGANIZATIONS)
class OrganizationSeedLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(OrganizationSeedLoader.class);

  private final String seedLocation;
  private final ResourceLoader resourceLoader;
  private final OrganizationRepository repository;
  private final OrganizationGroups groups;
  private final OrganizationService service;
  private final TransactionTemplate transaction;

  OrganizationSeedLoader(
      @Value("${nq21.organizations.seed-file}") String seedLocation,
      ResourceLoader resourceLoader,
      OrganizationRepository repository,
      OrganizationGroups groups,
      OrganizationService service,
      TransactionTemplate transaction) {
    this.seedLocation = seedLocation;
    this.resourceLoader = resourceLoader;
    this.repository = repository;
    this.groups = groups;
    this.service = service;
    this.transaction = transaction;
  }

  @Override
  public void run(ApplicationArguments args) {
    Resource seed = resourceLoader.getResource(seedLocation);
    if (!seed.exists()) {
      throw new IllegalStateException("Không tìm thấy tệp cây tổ chức '" + seedLocation
          + "'. Đặt biến môi trường NQ21_ORGANIZATIONS_FILE (ví dụ file:/etc/nq21/organizations.yaml)"
          + " hoặc thuộc tính nq21.organizations.seed-file.");
    }
    List<OrganizationDefinition> definitions = new OrganizationSeedParser().parse(seed);
    List<Organization> organizations = place(definitions);
    transaction.executeWithoutResult(status -> {
      organizations.forEach(repository::upsert);
      int deactivated = repository.deactivateAllExcept(organizations.stream().map(Organization::code).toList());
      if (deactivated > 0) {
        log.warn("{} tổ chức không còn trong tệp {} đã được đánh dấu ngừng hoạt động.", deactivated, seedLocation);
      }
      groups.synchronize(organizations);
    });
    service.refresh();
    log.info("Đã nạp {} tổ chức đảng từ {}.", organizations.size(), seedLocation);
  }

  /** Adds each organisation's materialised path; definitions come parents first. */
  static List<Organization> place(List<OrganizationDefinition> definitions) {
    Map<String, Organization> placed = new HashMap<>();
    List<Organization> result = new ArrayList<>();
    for (OrganizationDefinition d : definitions) {
      Organization parent = d.parentCode() == null ? null : placed.get(d.parentCode());
      String path = (parent == null ? "/" : parent.path()) + d.code() + "/";
      int depth = parent == null ? 0 : parent.depth() + 1;
      Organization org = new Organization(d.code(), d.name(), d.type(), d.parentCode(), path, depth, d.tccsd(),
          d.superiorOfTccsd(), d.authorisedToAdmit(), d.authorisationRef(), true, d.areas());
      placed.put(org.code(), org);
      result.add(org);
    }
    return result;
  }
}
