package org.allianceledger.governance;

/**
 * How far a financial principle was put into practice. The 2019 Chief Executives' review found the
 * 2015 principles codified in later Section 22s but never actioned (§3.6, §4.3).
 */
public enum PrincipleImplementation {
    NOT_STARTED, CODIFIED, IN_PROGRESS, IMPLEMENTED, NOT_ACTIONED
}
