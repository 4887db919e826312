#pragma once
// The page QGIS opens with an algorithm dialog's Help button: the algorithm's
// description, a table of its parameters as the dialog shows them (label,
// id for batch jobs and qgis_process, default, range, optional), its outputs,
// and its help text. Written from the algorithm's own definitions, in the
// user's language, so it can never drift from the dialog.

#include <QString>

class QgsProcessingAlgorithm;

namespace targetgroup
{

//! The help page as HTML.
QString helpPageHtml( const QgsProcessingAlgorithm &algorithm );

/**
 * Writes helpPageHtml() to a file in the temporary folder and returns its
 * file:// URL, or an empty string when it cannot be written (QGIS then
 * shows the help text in the dialog only).
 */
QString helpPageUrl( const QgsProcessingAlgorithm &algorithm );

} // namespace targetgroup
