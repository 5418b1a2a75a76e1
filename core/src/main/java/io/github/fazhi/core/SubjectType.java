package io.github.fazhi.core;

/** Who reports (报告主体), which decides recipients, deadlines and the first-responsible-person duties checked. */
public enum SubjectType {
    /** A local people's government (省、市、县、乡镇人民政府). */
    LOCAL_GOVERNMENT,
    /** A government department at county level or above (e.g. 区司法局). */
    GOVERNMENT_DEPARTMENT,
    /** A Party committee and government reporting jointly (中共某区委 某区人民政府). */
    PARTY_AND_GOVERNMENT_JOINT,
    /** A local Party committee reporting on its own. */
    PARTY_COMMITTEE,
    /** A department of the State Council. */
    STATE_COUNCIL_DEPARTMENT;

    /** Whether the Party-committee duty list (P1 to P6) applies rather than the government one. */
    public boolean isPartySubject() {
        return this == PARTY_COMMITTEE;
    }
}
