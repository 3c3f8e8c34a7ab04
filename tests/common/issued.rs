//! Recommendations the UN issued, put straight into a database as an import of them would
//! (with the search index told), for tests that need them without going through an import.

use entities::{mechanism, recommendation, source_document};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

/// Adds document `symbol` of the Human Rights Committee about `state`, issued on 2027-07-28,
/// with `texts` as its recommendations (paragraphs 20, 21, …) to coalition `coalition`;
/// answers their ids.
pub async fn ccpr_observations(
    db: &DatabaseConnection,
    coalition: i32,
    symbol: &str,
    state: &str,
    texts: &[&str],
) -> Vec<i32> {
    let ccpr = mechanism::Entity::find()
        .filter(mechanism::Column::Code.eq("CCPR"))
        .one(db)
        .await
        .expect("read the mechanisms")
        .expect("the CCPR");
    let now = chrono::Utc::now();
    let document = source_document::ActiveModel {
        coalition_id: Set(coalition),
        mechanism_id: Set(ccpr.id),
        symbol: Set(symbol.into()),
        published_on: Set(chrono::NaiveDate::from_ymd_opt(2027, 7, 28)),
        session: Set("150".into()),
        state_under_review: Set(state.into()),
        follow_up_due: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(db)
    .await
    .expect("the document");
    let mut ids = Vec::new();
    for (n, text) in texts.iter().enumerate() {
        let row = recommendation::ActiveModel {
            coalition_id: Set(coalition),
            document_id: Set(document.id),
            paragraph: Set((20 + n).to_string()),
            text: Set((*text).into()),
            recommending_states: Set(String::new()),
            follow_up: Set(false),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            ..Default::default()
        }
        .insert(db)
        .await
        .expect("the recommendation");
        ids.push(row.id);
    }
    app::recommendations::search::changes::touch(db, Some(&ids))
        .await
        .expect("the search index learns of them");
    ids
}
