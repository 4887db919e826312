#include "common/areaoutput.h"

#include "common/layerstyles.h"
#include "common/outputschema.h"
#include "common/qgiscompat.h"

#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingparameters.h>
#include <qgsprocessingutils.h>

#include <climits>
#include <memory>

namespace targetgroup
{

std::optional<AreaOutputSummary> writeAreaOutput( const QgsProcessingAlgorithm &algorithm, const QVariantMap &parameters, const QString &outputName,
                                                  QgsProcessingFeatureSource &areas, const AreaIndex &index, const engine::AreaAggregationSession &session,
                                                  const engine::AggregationSettings &settings, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const auto figuresOf = [&]( QgsFeatureId id )
  {
    const int position = index.indexOf( id );
    return position >= 0 ? session.figures( position, settings ) : engine::areaFigures( engine::AreaTotals(), session.overallShare(), settings );
  };

  QgsFields outputFields = areas.fields();
  const QgsFields added = schema::areaFigureQgsFields();
  for ( const QgsField &field : added )
    outputFields.append( field );

  AreaOutputSummary summary;
  std::unique_ptr<QgsFeatureSink> sink( QgsProcessingParameters::parameterAsSink( algorithm.parameterDefinition( outputName ), parameters, outputFields, areas.wkbType(),
                                                                                  areas.sourceCrs(), context, summary.destination ) );
  if ( !sink )
    throw QgsProcessingException( QObject::tr( "Could not create the output %1 (%2). Choose another file or folder you can write to." )
                                      .arg( outputName, parameters.value( outputName ).toString() ) );

  QgsFeatureIterator iterator = areas.getFeatures( QgsFeatureRequest(), compat::SourceSkipGeometryValidityChecks );
  QgsFeature area;
  while ( iterator.nextFeature( area ) )
  {
    if ( feedback && feedback->isCanceled() )
      return std::nullopt;
    const engine::AreaFigures figures = figuresOf( area.id() );
    if ( figures.suppressed )
      ++summary.suppressedAreas;
    QgsAttributes attributes = area.attributes();
    schema::appendAreaFigures( attributes, figures );
    QgsFeature row( outputFields, area.id() );
    row.setGeometry( area.geometry() );
    row.setAttributes( attributes );
    if ( !sink->addFeature( row, QgsFeatureSink::FastInsert ) )
      throw QgsProcessingException( QObject::tr( "Could not write area %1 to the output %2: %3" ).arg( QString::number( area.id() ), outputName, sink->lastError() ) );
    ++summary.areasWritten;
  }
  sink.reset(); // close the file so its default style can be stored with it
  styles::styleOutput( summary.destination, styles::OutputKind::Areas, static_cast<int>( std::min<long long>( settings.minimumCount, INT_MAX ) ), context, feedback );
  return summary;
}

} // namespace targetgroup
