#pragma once
// The area-figure output loop shared by "Aggregate households to areas" and
// "Roll up areas": every area of a layer, with all its fields and its geometry
// in its own CRS, followed by the target-group figures of outputschema.h;
// then the default area style stored with the output.

#include "common/arealayer.h"
#include "engine/aggregationsession.h"

#include <qgsfeature.h>
#include <qgsprocessingalgorithm.h>

#include <optional>

class QgsProcessingFeatureSource;

namespace targetgroup
{

struct AreaOutputSummary
{
  QString destination;        //!< the destination id (for the results map)
  long long areasWritten = 0; //!< one per area of the layer
  long long suppressedAreas = 0;
};

/**
 * Writes OUTPUT parameter \a outputName of \a algorithm: one row per feature
 * of \a areas, in its reading order, with its figures appended: those of
 * \a session at the feature's position in \a index (an area the index does
 * not hold has no households), suppressed and labelled by \a settings. Returns nothing when the
 * user cancels. Throws, naming the output, when the sink cannot be created or
 * refuses a row.
 */
std::optional<AreaOutputSummary> writeAreaOutput( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &outputName,
                                                  QgsProcessingFeatureSource &areas, const AreaIndex &index, const engine::AreaAggregationSession &session,
                                                  const engine::AggregationSettings &settings, QgsProcessingContext &context, QgsProcessingFeedback *feedback );

} // namespace targetgroup
