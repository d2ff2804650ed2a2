package vn.nq21.workflow.registry;

import java.time.LocalDate;

/** Key dates and numbers of a member; a null field leaves the stored value unchanged. */
public record KeyDates(
    LocalDate admissionDate,
    LocalDate ceremonyDate,
    LocalDate recognitionDate,
    String cardNumber,
    LocalDate certificateIssueDate) {

  public static KeyDates none() {
    return new KeyDates(null, null, null, null, null);
  }

  public KeyDates withAdmission(LocalDate admission, LocalDate ceremony) {
    return new KeyDates(admission, ceremony, recognitionDate, cardNumber, certificateIssueDate);
  }

  public KeyDates withRecognition(LocalDate recognition, String card) {
    return new KeyDates(admissionDate, ceremonyDate, recognition, card, certificateIssueDate);
  }

  public KeyDates withCertificate(LocalDate issued) {
    return new KeyDates(admissionDate, ceremonyDate, recognitionDate, cardNumber, issued);
  }
}
