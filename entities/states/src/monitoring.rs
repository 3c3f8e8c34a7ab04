//! Field monitoring: what happened in an event (the act's type, from HURIDOCS' micro-thesauri
//! and the coalition's own), how reliable its source is, where its monitoring stands, and who
//! the victims were, counted by characteristics only.

use crate::stored_enum;

stored_enum! {
    /// The type of an act (HURIDOCS' "types of acts", and the refusal of an assembly
    /// notification the coalitions count).
    pub enum ActType {
        /// Arbitrary arrest or detention.
        ArbitraryDetention = ("arbitrary_detention", "act-arbitrary_detention"),
        /// Torture or other ill-treatment.
        Torture = ("torture", "act-torture"),
        /// A notification of a peaceful assembly refused (its stated ground kept).
        AssemblyRefused = ("assembly_notification_refused", "act-assembly_notification_refused"),
        /// Threats, searches, prosecution or attacks against a journalist.
        PressureOnJournalist = ("pressure_on_journalist", "act-pressure_on_journalist"),
        /// A violation of the right to a fair trial.
        UnfairTrial = ("unfair_trial", "act-unfair_trial"),
        /// A restriction of the freedom of expression.
        Censorship = ("restriction_of_expression", "act-restriction_of_expression"),
        /// An enforced disappearance.
        Disappearance = ("enforced_disappearance", "act-enforced_disappearance"),
        /// A killing.
        Killing = ("killing", "act-killing"),
        /// Anything else (described in the event).
        Other = ("other", "act-other"),
    }
}

stored_enum! {
    /// How reliable the source of an event's information is (HURIDOCS).
    pub enum Reliability {
        High = ("high", "reliability-high"),
        Medium = ("medium", "reliability-medium"),
        Low = ("low", "reliability-low"),
        /// Not yet judged.
        Unknown = ("unknown", "reliability-unknown"),
    }
}

stored_enum! {
    /// Where the monitoring of an event stands.
    pub enum MonitoringStatus {
        /// Still being documented or followed.
        Ongoing = ("ongoing", "monitoring-status-ongoing"),
        /// Documented; nothing more expected.
        Closed = ("closed", "monitoring-status-closed"),
    }
}

stored_enum! {
    /// The sex of an act's victims, as counted.
    pub enum VictimSex {
        Female = ("female", "victim-sex-female"),
        Male = ("male", "victim-sex-male"),
        /// Victims of more than one sex.
        Mixed = ("mixed", "victim-sex-mixed"),
        Unknown = ("unknown", "victim-sex-unknown"),
    }
}

stored_enum! {
    /// The part a person played in an event.
    pub enum PersonRole {
        Victim = ("victim", "person-role-victim"),
        Witness = ("witness", "person-role-witness"),
        /// Named by the victims or witnesses; not a finding of guilt.
        AllegedPerpetrator = ("alleged_perpetrator", "person-role-alleged_perpetrator"),
    }
}

stored_enum! {
    /// The age group of an act's victims.
    pub enum AgeGroup {
        Child = ("child", "age-group-child"),
        Adult = ("adult", "age-group-adult"),
        Older = ("older", "age-group-older"),
        Unknown = ("unknown", "age-group-unknown"),
    }
}

stored_enum! {
    /// The group an act's victims belong to, where it matters to the act.
    pub enum VictimGroup {
        Journalist = ("journalist", "victim-group-journalist"),
        Defender = ("defender", "victim-group-defender"),
        Detainee = ("detainee", "victim-group-detainee"),
        ReligiousMinority = ("religious_minority", "victim-group-religious_minority"),
        /// None of these.
        General = ("general", "victim-group-general"),
    }
}

stored_enum! {
    /// What an organisation did about an event (HURIDOCS' "types of intervention").
    pub enum InterventionKind {
        Complaint = ("complaint", "intervention-complaint"),
        Appeal = ("appeal", "intervention-appeal"),
        /// A request for information to an authority.
        InformationRequest = ("information_request", "intervention-information_request"),
        /// An urgent appeal or communication to a UN special procedure or treaty body.
        UrgentAppeal = ("urgent_appeal", "intervention-urgent_appeal"),
    }
}

stored_enum! {
    /// How an intervention ended, so far.
    pub enum InterventionOutcome {
        Pending = ("pending", "outcome-pending"),
        /// No answer came within the time the law allows.
        Unanswered = ("no_response", "outcome-no_response"),
        Rejected = ("rejected", "outcome-rejected"),
        PartlyGranted = ("partly_granted", "outcome-partly_granted"),
        Granted = ("granted", "outcome-granted"),
    }
}
