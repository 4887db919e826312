#pragma once
// Turns an AreaReportModel into what a reader sees: the choropleth of the
// expected share drawn by QGIS's own map renderer in the default area style
// with its legend in a panel beside it (PNG), and the HTML report written
// with the shared HTML writer.

#include "common/areareportmodel.h"

#include <QImage>
#include <QString>
#include <QStringList>

class QgsCoordinateTransformContext;
class QgsProcessingFeedback;

namespace targetgroup
{

//! Size of the map image: the map on the left, the legend in a panel on the right.
inline constexpr int kAreaMapWidth = 1200;
inline constexpr int kAreaMapHeight = 1000;
inline constexpr int kAreaMapLegendWidth = 300;

/**
 * The map of the model's areas: each area coloured by its expected share in
 * the default area style (styles::areaRenderer, quantile classes of the
 * shares, suppressed areas grey), the legend on the right. The renderer's
 * error messages are appended to \a errors.
 */
QImage renderAreaMap( const AreaReportModel &model, const QgsCoordinateTransformContext &transformContext, QStringList *errors = nullptr );

/**
 * The report as HTML: summary, map (\a mapUrl, relative to the report),
 * rankings by expected target households and by untapped potential,
 * membership reach, soft characteristics, methods and caveats.
 */
QString areaReportHtml( const AreaReportModel &model, const QString &mapUrl );

/**
 * Renders the map to \a mapPath (PNG) and the report to \a htmlPath, which
 * refers to the map by a relative path; creates the folders. Renderer errors
 * become warnings on \a feedback; a file that cannot be written throws a
 * QgsProcessingException naming it.
 */
void writeAreaReport( const AreaReportModel &model, const QString &htmlPath, const QString &mapPath,
                      const QgsCoordinateTransformContext &transformContext, QgsProcessingFeedback *feedback = nullptr );

} // namespace targetgroup
