package org.harmreductionworks.hub.common.error;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.hibernate.exception.JDBCConnectionException;

/**
 * Exists only in tests: raises each kind of failure the real resources can meet, so the error format is checked
 * once, here, rather than guessed at per feature.
 */
@Path("/v1/test-probe")
@Produces(MediaType.APPLICATION_JSON)
public class ErrorProbeResource {

    public record Note(@NotBlank @Size(max = 10) String title, @Min(1) @Max(5) int rating) {
    }

    @POST
    @Path("notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Note create(@Valid Note note) {
        return note;
    }

    public enum Day {
        monday, tuesday
    }

    /** One field of each kind the API reads, to see what the JSON reader makes of values of another kind. */
    public record Typed(Set<Day> days, LocalDate date, LocalTime start, long revision, int rating, boolean flag,
            String text) {
    }

    @POST
    @Path("typed")
    @Consumes(MediaType.APPLICATION_JSON)
    public Typed typed(Typed typed) {
        return typed;
    }

    @GET
    @Path("paged")
    public String paged(@QueryParam("size") @Min(1) @Max(100) Integer size) {
        return "{\"size\":" + size + "}";
    }

    @GET
    @Path("stale")
    public String stale() {
        throw new OptimisticLockException("row was updated by another transaction: HrwSecretEntity#42");
    }

    @GET
    @Path("database-down")
    public String databaseDown() {
        throw new JDBCConnectionException("Unable to acquire JDBC Connection",
                new java.sql.SQLTransientConnectionException("Connection refused: db.internal:5432"));
    }

    @GET
    @Path("database-shut-down")
    public String databaseShutDown() {
        // What PostgreSQL tells a query in flight when the server is told to stop (SQLSTATE 57P01).
        throw new org.hibernate.exception.GenericJDBCException("could not execute query",
                new java.sql.SQLException("FATAL: terminating connection due to administrator command", "57P01"));
    }

    @Inject
    jakarta.persistence.EntityManager em;

    /** Holds a database connection busy for a while, so a test can cut it off mid-query. */
    @GET
    @Path("slow-query")
    @jakarta.transaction.Transactional
    public String slowQuery() {
        em.createNativeQuery("select pg_sleep(20)").getResultList();
        return "{}";
    }

    @GET
    @Path("echo")
    public String echo(@QueryParam("q") String q) {
        return "{}";
    }

    @GET
    @Path("bug")
    public String bug() {
        throw new IllegalStateException("secret internal detail in org.harmreductionworks.hub.Secret");
    }

    @GET
    @Path("conflict")
    public String conflict() {
        throw new Conflict(ProblemText.POST_DELETED);
    }
}
