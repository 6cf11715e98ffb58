package org.liaison.forms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries of forms, versions and submissions. */
@ApplicationScoped
public class FormRepository {

  @PersistenceContext private EntityManager em;

  void add(Object formRecord) {
    em.persist(formRecord);
  }

  void remove(Object formRecord) {
    em.remove(formRecord);
  }

  void flush() {
    em.flush();
  }

  Optional<Form> form(UUID id) {
    return Optional.ofNullable(em.find(Form.class, id));
  }

  List<Form> forms(UUID structureId) {
    return em.createQuery(
            "select f from Form f where f.structureId = :s order by lower(f.title), f.id",
            Form.class)
        .setParameter("s", structureId)
        .getResultList();
  }

  /** Newest first. */
  List<FormVersion> versions(UUID formId) {
    return em.createQuery(
            "select v from FormVersion v where v.formId = :f order by v.number desc",
            FormVersion.class)
        .setParameter("f", formId)
        .getResultList();
  }

  Optional<FormVersion> version(UUID id) {
    return Optional.ofNullable(em.find(FormVersion.class, id));
  }

  Optional<FormVersion> latestPublished(UUID formId) {
    return versions(formId).stream()
        .filter(v -> v.status() == FormVersion.Status.PUBLISHED)
        .findFirst();
  }

  boolean used(UUID formId) {
    return !em.createQuery("select s.id from FormSubmission s where s.formId = :f", UUID.class)
        .setParameter("f", formId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  List<FormSubmission> submissions(UUID fileId) {
    return em.createQuery(
            "select s from FormSubmission s where s.fileId = :f order by s.createdAt desc, s.id",
            FormSubmission.class)
        .setParameter("f", fileId)
        .getResultList();
  }

  Optional<FormSubmission> submission(UUID fileId, UUID id) {
    return Optional.ofNullable(em.find(FormSubmission.class, id))
        .filter(s -> s.fileId().equals(fileId));
  }
}
