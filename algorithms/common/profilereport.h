#pragma once
// The HTML report of a profile: sizes, per field a bar chart of the indices
// with their intervals, and the soft characteristics sorted by index. Every
// piece of text from the data is HTML-escaped.

#include "engine/profile.h"
#include "engine/profilesummary.h"

#include <QString>

namespace targetgroup
{

/**
 * How a category reads in reports and charts: "yes" and "no" for the 1 and 0
 * of a yes/no field (its categories are 0, 1, "(missing)", "(other)"), and
 * "(missing)" and "(other)" in the user's language; other labels as they are.
 * The profile file and the table keep the labels themselves.
 */
QString categoryCaption( const engine::Profile &profile, const engine::CategorySummary &summary );

//! The report as HTML text.
QString profileReportHtml( const engine::Profile &profile, const std::vector<engine::CategorySummary> &summaries, const QString &sourceName );

//! Writes profileReportHtml() to path; throws QgsProcessingException naming the path on failure.
void writeProfileReport( const engine::Profile &profile, const std::vector<engine::CategorySummary> &summaries, const QString &sourceName, const QString &path );

} // namespace targetgroup
