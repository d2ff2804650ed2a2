package vn.nq21.workflow.organization;

/** A code that names no active organisation of the tree. */
public class UnknownOrganizationException extends RuntimeException {
  public UnknownOrganizationException(String code) {
    super("Không có tổ chức đảng mã '" + code + "' trong cây tổ chức đang dùng");
  }
}
