package org.etablering.statistics;

import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.etablering.identity.CurrentUser;
import org.etablering.identity.ManagersOrAdmins;
import org.etablering.municipality.Municipalities;
import org.etablering.problem.ForbiddenException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures a municipality reports, for a period and only for the caller's own municipality: SKR's Insikt case
 * list of closed permit cases, and the building permit and land figures of Boverket's survey and KOSTRA.
 */
@Service
public class Statistics {

    private final NamedParameterJdbcTemplate jdbc;
    private final Municipalities municipalities;

    Statistics(NamedParameterJdbcTemplate jdbc, Municipalities municipalities) {
        this.jdbc = jdbc;
        this.municipalities = municipalities;
    }

    /** The closed permit cases decided in the period, for SKR's survey of the companies. */
    @ManagersOrAdmins
    @Transactional(readOnly = true)
    public List<InsiktRow> insikt(Period period, String municipality, CurrentUser user) {
        MapSqlParameterSource params = params(period, own(municipality, user));
        return jdbc.query("""
                select c.case_number, d.decided_at, c.company_name, c.org_number, c.contact_name, c.contact_email,
                       c.contact_phone, p.permit_type
                from permit_decision d join permit p on p.id = d.permit_id join case_file c on c.id = p.id
                where c.municipality = :m and d.decided_at >= :from and d.decided_at < :to
                order by d.decided_at, c.case_number""", params,
                (row, n) -> new InsiktRow(areaOf(row.getString("permit_type")), row.getString("case_number"),
                        row.getTimestamp("decided_at").toInstant().atZone(zone(params)).toLocalDate(),
                        row.getString("company_name"), row.getString("org_number"), row.getString("contact_name"),
                        row.getString("contact_email"), row.getString("contact_phone")));
    }

    @ManagersOrAdmins
    @Transactional(readOnly = true)
    public BuildingFigures building(Period period, String municipality, CurrentUser user) {
        String m = own(municipality, user);
        MapSqlParameterSource params = params(period, m);
        Map<String, Long> byOutcome = new LinkedHashMap<>();
        jdbc.query("""
                select d.outcome, count(*) as n from permit_decision d join case_file c on c.id = d.permit_id
                where c.municipality = :m and d.decided_at >= :from and d.decided_at < :to
                group by d.outcome order by d.outcome""", params,
                row -> {
                    byOutcome.put(row.getString("outcome"), row.getLong("n"));
                });
        Map<String, Object> time = jdbc.queryForMap("""
                select percentile_cont(0.5) within group (order by days) as median, avg(days) as mean,
                       100.0 * avg(case when met then 1.0 when met is null then null else 0.0 end) as within,
                       count(*) filter (where extended) as extensions,
                       count(*) filter (where met = false) as reductions
                from (select extract(epoch from d.decided_at - coalesce(p.complete_at, c.opened_at)) / 86400.0 as days,
                             k.met, k.extension_weeks is not null as extended
                      from permit_decision d join permit p on p.id = d.permit_id join case_file c on c.id = p.id
                      left join case_clock k on k.case_id = p.id and k.kind = 'PERMIT_DECISION'
                      where c.municipality = :m and d.decided_at >= :from and d.decided_at < :to) decided""", params);
        long offers = count("""
                select count(*) from parcel_claim k join case_file c on c.id = k.land_request_id
                where c.municipality = :m and k.offered_at >= :from and k.offered_at < :to""", params);
        long agreements = count("""
                select count(*) from parcel_claim k join case_file c on c.id = k.land_request_id
                where c.municipality = :m and k.reserved_at >= :from and k.reserved_at < :to""", params);
        long allocated = count("""
                select count(*) from case_file where municipality = :m and kind = 'LAND_REQUEST'
                and outcome = 'ALLOCATED' and closed_at >= :from and closed_at < :to""", params);
        return new BuildingFigures(period, m, byOutcome.values().stream().mapToLong(Long::longValue).sum(), byOutcome,
                rounded(time.get("median")), rounded(time.get("mean")), rounded(time.get("within")),
                ((Number) time.get("extensions")).longValue(), ((Number) time.get("reductions")).longValue(),
                offers, agreements, allocated);
    }

    /** The caller's own municipality; asking for another is refused, whoever asks. */
    private static String own(String municipality, CurrentUser user) {
        if (municipality != null && !municipality.isBlank() && !municipality.equals(user.municipality())) {
            throw new ForbiddenException("statistics-other-municipality");
        }
        return user.municipality();
    }

    private MapSqlParameterSource params(Period period, String municipality) {
        ZoneId zone = municipalities.get(municipality).country().zone();
        return new MapSqlParameterSource("m", municipality).addValue("zone", zone)
                .addValue("from", Timestamp.from(period.from().atStartOfDay(zone).toInstant()))
                .addValue("to", Timestamp.from(period.to().plusDays(1).atStartOfDay(zone).toInstant()));
    }

    private static ZoneId zone(MapSqlParameterSource params) {
        return (ZoneId) params.getValue("zone");
    }

    /** Building permits are Insikt's "Bygglov"; another permit type reports under its own name. */
    private String areaOf(String permitType) {
        return permitType != null && permitType.startsWith("building-permit") ? "Bygglov" : permitType;
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long counted = jdbc.queryForObject(sql, params, Long.class);
        return counted == null ? 0 : counted;
    }

    private static Double rounded(Object value) {
        return value == null ? null : Math.round(((Number) value).doubleValue() * 10) / 10.0;
    }
}
