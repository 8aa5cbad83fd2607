//! Pieces of the page shared between routes; each file holds one component.

mod bar_rows;
mod findings;
mod footer;
mod guide_pager;
mod habit_chart;
mod header;
mod highlighted_text;
mod nav_link;
mod plan;
mod quiz_item;
mod readiness_panel;
mod result_overview;
mod share_link;
mod skip_link;
mod storage_notices;
mod style_chart;
mod trend_chart;
mod update_banner;

pub use findings::Findings;
pub use footer::Footer;
pub use guide_pager::GuidePager;
pub use habit_chart::HabitChart;
pub use header::Header;
pub use highlighted_text::HighlightedText;
pub use nav_link::NavLink;
pub use plan::PlanSection;
pub use quiz_item::{first_radio_id, By as AnsweredBy, QuizItem};
pub use readiness_panel::ReadinessPanel;
pub use result_overview::ResultOverview;
pub use share_link::ShareLink;
pub use skip_link::SkipLink;
pub use storage_notices::StorageNotices;
pub use style_chart::StyleChart;
pub use trend_chart::TrendChart;
pub use update_banner::UpdateBanner;
