package org.etablering.benchmark;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Years of a region's cases written with set-based SQL: inquiries (70 %), permit applications (20 %) and land
 * requests (10 %) over 50 municipalities, a fifth of them in Östersund (whose officials the load signs in as). Each
 * case has its tasks (one open where the case is), its clock, hand-offs (inquiries), messages, a note on every other
 * case and timeline entries. Every number starts with {@code BEN-}, so the data is known for the benchmark's own.
 */
final class SyntheticHistory {

    /** Östersund and Lillestrøm as configured, and the region's 48 others ({@code r02} … {@code r49}). */
    static final int MUNICIPALITIES = 50;

    private SyntheticHistory() {
    }

    static String municipalityExpression() {
        return "case when n % 5 = 0 then 'ostersund' when n % 49 = 1 then 'lillestrom' "
                + "else 'r' || lpad((2 + n % 48)::text, 2, '0') end";
    }

    static void fill(JdbcTemplate jdbc, int cases) {
        step(jdbc, """
                insert into case_file (id, kind, case_number, municipality, country, company_name, org_number,
                    contact_name, contact_email, description, status, confidential, opened_by, opened_at, updated_at,
                    closed_at, outcome, version)
                select gen_random_uuid(),
                       case when n % 10 < 7 then 'INQUIRY' when n % 10 < 9 then 'PERMIT' else 'LAND_REQUEST' end,
                       'BEN-' || lpad(n::text, 9, '0'), m, case when m = 'lillestrom' or m > 'r25' then 'NO' else 'SE' end,
                       (array['Norrsken','Fjällvind','Storsjö','Jämt','Älv','Berg','Skog','Dal'])[1 + n % 8]
                           || ' ' || (array['Data','Energi','Bygg','Logistik','Verkstad','Mat'])[1 + (n / 8) % 6] || ' AB ' || n,
                       '5599' || lpad((n % 1000000)::text, 6, '0'), 'Contact ' || n, 'c' || n || '@example.se',
                       (array['A data centre with cooling by the lake','A workshop for wind turbine blades',
                              'A cold store for local food','A logistics hub by the railway',
                              'A battery recycling plant','Offices for a software company'])[1 + n % 6] || ', case ' || n,
                       case when open then (case when n % 10 < 7 then (array['IN_TRIAGE','HANDED_OFF','IN_COORDINATION',
                                'AWAITING_COMPLETION','FOLLOW_UP'])[1 + (n / 100) % 5]
                            when n % 10 < 9 then (array['COMPLETENESS_CHECK','IN_ASSESSMENT','EXPLORING_YES','DECIDING'])[1 + (n / 100) % 4]
                            else (array['MATCHING','OFFERED','RESERVED'])[1 + (n / 100) % 3] end)
                            else (case when n % 10 < 7 then 'CLOSED' when n % 10 < 9 then 'DECIDED' else 'ALLOCATED' end) end,
                       false, 'applicant', opened, opened + interval '1 day',
                       case when open then null else opened + make_interval(days => 5 + n % 60) end,
                       case when open then null when n % 10 < 7 then 'ESTABLISHED' when n % 10 < 9 then 'APPROVED'
                            else 'ALLOCATED' end, 0
                from (select n, (n / 10) % 10 = 0 as open, now() - make_interval(mins => (n * 7) % 2102400) as opened,
                """ + municipalityExpression() + " as m from generate_series(1, ?) n) s", cases);
        step(jdbc, """
                insert into inquiry (id, establishment_type, sector, land_area_sqm, power_demand_mw, expected_jobs)
                select id, (array['NEW','EXPANSION','RELOCATION','LARGE'])[1 + abs(hashtext(case_number)) % 4], '62.01',
                       abs(hashtext(case_number)) % 40000, (abs(hashtext(case_number)) % 200) / 10.0, 5
                from case_file where kind = 'INQUIRY' and case_number like 'BEN-%'""");
        step(jdbc, """
                insert into permit (id, permit_type, fee, officer)
                select id, case when country = 'SE' then 'building-permit-se' else 'building-permit-no' end, 48000,
                       'planning'
                from case_file where kind = 'PERMIT' and case_number like 'BEN-%'""");
        step(jdbc, """
                insert into land_request (id, minimum_size_sqm, preferred_area, power_mw, needs_rail)
                select id, 5000 + abs(hashtext(case_number)) % 50000, 'Industriområdet', 4, false
                from case_file where kind = 'LAND_REQUEST' and case_number like 'BEN-%'""");
        // every case's first task, done; an open case also has the task it waits on now
        for (String open : List.of("false", "true")) {
            step(jdbc, """
                    insert into task (id, job_key, process_instance_key, process_id, element_id, name, form_key,
                        case_id, case_number, municipality, assignee, due_at, state, created_at, completed_at,
                        completed_by, checked_at, version)
                    select gen_random_uuid(), -(row_number() over () + %s), -1,
                           case kind when 'INQUIRY' then 'establishment-inquiry' when 'PERMIT' then 'permit-review'
                                else 'land-allocation' end,
                           case kind when 'INQUIRY' then 'Triage' when 'PERMIT' then 'Assess' else 'MatchAndOffer' end,
                           case kind when 'INQUIRY' then 'Triage the inquiry' when 'PERMIT' then 'Assess the application'
                                else 'Match a parcel and make an offer' end,
                           case kind when 'INQUIRY' then 'triage' when 'PERMIT' then 'permit-assessment'
                                else 'land-offer' end,
                           id, case_number, municipality, null, opened_at + interval '2 days',
                           case when %s then 'OPEN' else 'COMPLETED' end, opened_at + interval '1 hour',
                           case when %s then null else opened_at + interval '1 day' end,
                           case when %s then null else 'firstline' end,
                           -- the synthetic tasks have no engine jobs, so the reconciler must leave them alone
                           now() + interval '100 years', 0
                    from case_file where case_number like 'BEN-%%' and (%s or closed_at is null)"""
                    .formatted("true".equals(open) ? "100000000" : "0", open, open, open,
                            "true".equals(open) ? "false" : "true"));
        }
        step(jdbc, """
                insert into task_candidate_group (task_id, candidate_group)
                select id, case process_id when 'establishment-inquiry' then 'first-line' else 'planning' end
                from task where case_number like 'BEN-%'""");
        step(jdbc, """
                insert into handoff (id, case_id, process_instance_key, from_role, to_role, reason, requested_at,
                    accepted_at, accepted_by, acceptance_waiting_seconds, completed_at, version)
                select gen_random_uuid(), c.id, -row_number() over (), 'first-line', r.role, 'every-establishment',
                       c.opened_at + interval '1 day',
                       c.opened_at + interval '1 day' + make_interval(secs => 3600 + abs(hashtext(c.case_number)) % 172800),
                       r.role, 3600 + abs(hashtext(c.case_number)) % 172800, c.closed_at, 0
                from case_file c cross join (values ('business'), ('planning')) r(role)
                where c.kind = 'INQUIRY' and c.case_number like 'BEN-%'""");
        step(jdbc, """
                insert into case_clock (id, case_id, kind, subject, country, norm_working_days, norm_weeks, started_at,
                    counted_from, due_at, stopped_at, met, version)
                select gen_random_uuid(), id, case kind when 'PERMIT' then 'PERMIT_DECISION' else 'FIRST_CONTACT' end, '',
                       country, case kind when 'PERMIT' then 0 else 2 end, case kind when 'PERMIT' then 10 end,
                       opened_at, opened_at,
                       opened_at + case kind when 'PERMIT' then interval '70 days' else interval '2 days' end,
                       case when closed_at is null then null else opened_at + interval '1 day' end,
                       case when closed_at is null then null else true end, 0
                from case_file where case_number like 'BEN-%' and kind <> 'LAND_REQUEST'""");
        step(jdbc, """
                insert into case_message (id, case_id, kind, from_company, author, author_role, sent_at, text)
                select gen_random_uuid(), id, 'MESSAGE', m.from_company,
                       case when m.from_company then 'applicant' else 'firstline' end,
                       case when m.from_company then 'applicant' else 'first-line' end,
                       opened_at + interval '3 hours' * (case when m.from_company then 1 else 2 end),
                       case when m.from_company then 'When can we meet about the site?'
                            else 'We can meet on Tuesday at ten, at the town hall.' end
                from case_file cross join (values (true), (false)) m(from_company)
                where case_number like 'BEN-%'""");
        step(jdbc, """
                insert into case_note (id, case_id, author, author_role, written_at, text)
                select gen_random_uuid(), id, 'firstline', 'first-line', opened_at + interval '5 hours',
                       'Called the company; they prefer a site near the railway.'
                from case_file where case_number like 'BEN-%' and right(case_number, 1) in ('0','2','4','6','8')""");
        step(jdbc, """
                insert into case_event (case_id, occurred_at, kind, role, actor, detail, internal)
                select id, opened_at + e.after, e.kind, e.role, null, null, false
                from case_file cross join (values (interval '0', 'RECEIVED', 'applicant'),
                                                  (interval '1 hour', 'TRIAGED', 'first-line'),
                                                  (interval '3 hours', 'MESSAGE_TO_COMPANY', 'first-line')) e(after, kind, role)
                where case_number like 'BEN-%'""");
        // as years of use leave a database: vacuumed (visibility map set, hint bits written) and checkpointed, so that
        // the load is not measured against the clean-up of a bulk load
        long start = System.nanoTime();
        jdbc.execute("vacuum (analyze)");
        jdbc.execute("checkpoint");
        System.out.printf("Synthetic history: vacuum, analyze and checkpoint in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** One statement of the fill, with how long it took on the console. */
    private static void step(JdbcTemplate jdbc, String sql, Object... arguments) {
        long start = System.nanoTime();
        int rows = jdbc.update(sql, arguments);
        String what = sql.strip().split("\\s+")[2];
        System.out.printf("Synthetic history: %,d rows into %s in %.1f s%n", rows, what, (System.nanoTime() - start) / 1e9);
    }
}
