//! The figures page: `/monitoring/tables`, where writers put the coalition's counts into a
//! section of an open report and refresh the tables sections carry.

mod tables;

pub use tables::FiguresPage;
