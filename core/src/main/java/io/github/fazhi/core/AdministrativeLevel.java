package io.github.fazhi.core;

/** The administrative level of the reporting subject. */
public enum AdministrativeLevel {
    /** Central (国务院部门). */
    CENTRAL,
    /** Province, autonomous region or province-level municipality. */
    PROVINCE,
    /** City (地级市) or a district of a province-level municipality treated as such. */
    CITY,
    /** County, county-level city or district. */
    COUNTY,
    /** Township, town or street office. */
    TOWNSHIP
}
