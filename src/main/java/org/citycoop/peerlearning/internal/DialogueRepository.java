package org.citycoop.peerlearning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.citycoop.name.Name;
import org.citycoop.name.NameColumns;
import org.citycoop.peerlearning.Dialogue;
import org.citycoop.peerlearning.DialogueMeeting.ProgrammeName;
import org.citycoop.peerlearning.MeetingRecord;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class DialogueRepository {

    private final JdbcClient jdbc;

    DialogueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Dialogue> all() {
        return jdbc.sql("select id, code, name_en, name_ja from dialogue order by coalesce(name_en, name_ja)")
                .query((rs, row) -> new Dialogue(rs.getLong("id"), rs.getString("code"), NameColumns.read(rs, "name"))).list();
    }

    public Optional<Dialogue> find(String code) {
        return jdbc.sql("select id, code, name_en, name_ja from dialogue where code = :code").param("code", code)
                .query((rs, row) -> new Dialogue(rs.getLong("id"), rs.getString("code"), NameColumns.read(rs, "name"))).optional();
    }

    public void save(String code, Name name) {
        jdbc.sql("""
                        insert into dialogue (code, name_en, name_ja) values (:code, :en, :ja)
                        on conflict (code) do update set name_en = excluded.name_en, name_ja = excluded.name_ja""")
                .param("code", code).param("en", name.en()).param("ja", name.ja()).update();
    }

    /** Another meeting of the dialogue than {@code exceptMeetingId} (null: any meeting) has this number. */
    public boolean hasOtherMeeting(long dialogueId, int number, Long exceptMeetingId) {
        return jdbc.sql("""
                        select exists (select 1 from dialogue_meeting where dialogue_id = :dialogue and number = :number
                                       and (cast(:except as bigint) is null or id <> :except))""")
                .param("dialogue", dialogueId).param("number", number).param("except", exceptMeetingId).query(Boolean.class).single();
    }

    /** The meeting as recorded: the codes of its dialogue, participants, programmes and projects. */
    public Optional<MeetingRecord> record(long meetingId) {
        return jdbc.sql("""
                        select d.code, m.number, m.held_on, m.venue_city, m.venue_country_iso2, m.other_participants, m.outcomes
                        from dialogue_meeting m join dialogue d on d.id = m.dialogue_id where m.id = :meeting""")
                .param("meeting", meetingId)
                .query((rs, row) -> new MeetingRecord(rs.getString("code"), rs.getInt("number"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("venue_city"), rs.getString("venue_country_iso2"), codes(meetingId, """
                                select o.code from dialogue_meeting_participant participant
                                join organisation o on o.id = participant.organisation_id where participant.meeting_id = :meeting"""),
                        rs.getString("other_participants"), rs.getString("outcomes"), codes(meetingId, """
                                select p.code from dialogue_meeting_programme discussed
                                join programme p on p.id = discussed.programme_id where discussed.meeting_id = :meeting"""),
                        projectCodes(meetingId)))
                .optional();
    }

    private List<String> codes(long meetingId, String query) {
        return jdbc.sql(query + " order by 1").param("meeting", meetingId).query(String.class).list();
    }

    public void updateMeeting(long meetingId, long dialogueId, int number, LocalDate heldOn, String venueCity, String venueCountry,
                              String otherParticipants, String outcomes) {
        jdbc.sql("""
                        update dialogue_meeting set dialogue_id = :dialogue, number = :number, held_on = :heldOn, venue_city = :city,
                            venue_country_iso2 = :country, other_participants = :others, outcomes = :outcomes
                        where id = :meeting""")
                .param("meeting", meetingId).param("dialogue", dialogueId).param("number", number).param("heldOn", heldOn)
                .param("city", venueCity).param("country", venueCountry).param("others", otherParticipants).param("outcomes", outcomes)
                .update();
    }

    /** Forgets the meeting's participants, programmes and projects, before they are linked again as edited. */
    public void unlink(long meetingId) {
        for (String table : List.of("dialogue_meeting_participant", "dialogue_meeting_programme", "dialogue_meeting_project")) {
            jdbc.sql("delete from " + table + " where meeting_id = :meeting").param("meeting", meetingId).update();
        }
    }

    public long insertMeeting(long dialogueId, int number, LocalDate heldOn, String venueCity, String venueCountry,
                              String otherParticipants, String outcomes, String recordedBy) {
        return jdbc.sql("""
                        insert into dialogue_meeting (dialogue_id, number, held_on, venue_city, venue_country_iso2,
                                                      other_participants, outcomes, recorded_by)
                        values (:dialogue, :number, :heldOn, :city, :country, :others, :outcomes, :by) returning id""")
                .param("dialogue", dialogueId).param("number", number).param("heldOn", heldOn).param("city", venueCity)
                .param("country", venueCountry).param("others", otherParticipants).param("outcomes", outcomes)
                .param("by", recordedBy)
                .query(Long.class).single();
    }

    public void addParticipant(long meetingId, long organisationId) {
        jdbc.sql("insert into dialogue_meeting_participant (meeting_id, organisation_id) values (:meeting, :id)")
                .param("meeting", meetingId).param("id", organisationId).update();
    }

    public void addProgramme(long meetingId, long programmeId) {
        jdbc.sql("insert into dialogue_meeting_programme (meeting_id, programme_id) values (:meeting, :id)")
                .param("meeting", meetingId).param("id", programmeId).update();
    }

    public void addProject(long meetingId, long projectId) {
        jdbc.sql("insert into dialogue_meeting_project (meeting_id, project_id) values (:meeting, :id)")
                .param("meeting", meetingId).param("id", projectId).update();
    }

    /** The meetings of a dialogue, newest first. */
    public List<MeetingRow> meetings(long dialogueId) {
        return jdbc.sql("""
                        select m.id, m.number, m.held_on, m.venue_city, country.name as country_en, country.name_ja as country_ja,
                               m.other_participants, m.outcomes
                        from dialogue_meeting m join country on country.iso2 = m.venue_country_iso2
                        where m.dialogue_id = :dialogue order by m.held_on desc, m.number desc""")
                .param("dialogue", dialogueId)
                .query((rs, row) -> new MeetingRow(rs.getLong("id"), rs.getInt("number"), rs.getObject("held_on", LocalDate.class),
                        rs.getString("venue_city"), NameColumns.read(rs, "country"), rs.getString("other_participants"),
                        rs.getString("outcomes")))
                .list();
    }

    public List<Name> organisations(long meetingId) {
        return jdbc.sql("""
                        select o.name_en, o.name_ja from dialogue_meeting_participant participant
                        join organisation o on o.id = participant.organisation_id
                        where participant.meeting_id = :meeting order by coalesce(o.name_en, o.name_ja)""")
                .param("meeting", meetingId).query((rs, row) -> NameColumns.read(rs, "name")).list();
    }

    public List<ProgrammeName> programmes(long meetingId) {
        return jdbc.sql("""
                        select p.code, p.name_en, p.name_ja from dialogue_meeting_programme discussed
                        join programme p on p.id = discussed.programme_id
                        where discussed.meeting_id = :meeting order by coalesce(p.name_en, p.name_ja)""")
                .param("meeting", meetingId).query((rs, row) -> new ProgrammeName(rs.getString("code"), NameColumns.read(rs, "name")))
                .list();
    }

    public List<String> projectCodes(long meetingId) {
        return jdbc.sql("""
                        select p.code from dialogue_meeting_project discussed join project p on p.id = discussed.project_id
                        where discussed.meeting_id = :meeting order by p.code""")
                .param("meeting", meetingId).query(String.class).list();
    }

    public Optional<Long> programmeId(String code) {
        return jdbc.sql("select id from programme where code = :code").param("code", code).query(Long.class).optional();
    }

    public record MeetingRow(long id, int number, LocalDate heldOn, String venueCity, Name venueCountry, String otherParticipants,
                             String outcomes) {
    }
}
