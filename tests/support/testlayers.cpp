#include "testlayers.h"

#include <qgsapplication.h>
#include <qgsexception.h>
#include <qgsgeometry.h>
#include <qgsprocessingregistry.h>
#include <qgsprocessingutils.h>

namespace targetgroup::test
{

std::unique_ptr<QgsVectorLayer> memoryLayer( const QString &uri, const QString &name )
{
  auto layer = std::make_unique<QgsVectorLayer>( uri, name, QStringLiteral( "memory" ) );
  if ( !layer->isValid() )
    return nullptr;
  return layer;
}

void addFeature( QgsVectorLayer *layer, const QVariantList &attributes, const QString &wkt )
{
  QgsFeature feature( layer->fields() );
  for ( int i = 0; i < attributes.size(); ++i )
    feature.setAttribute( i, attributes.at( i ) );
  if ( !wkt.isEmpty() )
    feature.setGeometry( QgsGeometry::fromWkt( wkt ) );
  layer->dataProvider()->addFeature( feature );
}

void RecordingFeedback::reportError( const QString &error, bool fatalError )
{
  errors << error;
  QgsProcessingFeedback::reportError( error, fatalError );
}

void RecordingFeedback::pushWarning( const QString &warning )
{
  warnings << warning;
  QgsProcessingFeedback::pushWarning( warning );
}

void RecordingFeedback::pushInfo( const QString &info )
{
  infos << info;
  QgsProcessingFeedback::pushInfo( info );
}

static AlgorithmRun runInstance( QgsProcessingAlgorithm *algorithm, const QVariantMap &parameters,
                                 QgsProcessingContext &context, RecordingFeedback &feedback )
{
  AlgorithmRun run;
  try
  {
    bool ok = false;
    run.results = algorithm->run( parameters, context, &feedback, &ok );
    run.ok = ok;
    if ( !ok && !feedback.errors.isEmpty() )
      run.error = feedback.errors.join( QLatin1Char( '\n' ) );
  }
  catch ( QgsProcessingException &e )
  {
    run.ok = false;
    run.error = e.what();
  }
  return run;
}

AlgorithmRun runAlgorithm( const QgsProcessingAlgorithm &prototype, const QVariantMap &parameters,
                           QgsProcessingContext &context, RecordingFeedback &feedback )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( prototype.create() );
  return runInstance( algorithm.get(), parameters, context, feedback );
}

AlgorithmRun runRegistered( const QString &algorithmId, const QVariantMap &parameters,
                            QgsProcessingContext &context, RecordingFeedback &feedback )
{
  std::unique_ptr<QgsProcessingAlgorithm> algorithm( QgsApplication::processingRegistry()->createAlgorithmById( algorithmId ) );
  if ( !algorithm )
  {
    AlgorithmRun run;
    run.error = QStringLiteral( "algorithm %1 not registered" ).arg( algorithmId );
    return run;
  }
  return runInstance( algorithm.get(), parameters, context, feedback );
}

std::unique_ptr<QgsVectorLayer> takeVectorLayer( QgsProcessingContext &context, const QVariant &layerIdOrPath )
{
  const QString id = layerIdOrPath.toString();
  if ( QgsMapLayer *taken = context.takeResultLayer( id ) )
    return std::unique_ptr<QgsVectorLayer>( qobject_cast<QgsVectorLayer *>( taken ) );
  // A file output: open it as a new layer.
  auto layer = std::make_unique<QgsVectorLayer>( id, QStringLiteral( "output" ), QStringLiteral( "ogr" ) );
  if ( !layer->isValid() )
    return nullptr;
  return layer;
}

engine::Profile educationProfile()
{
  engine::Profile profile;
  profile.formatVersion = 1;
  profile.seedExpression = "\"easy\" > 0";
  profile.seedCount = 10;
  profile.baseCount = 100;
  profile.minCell = 1;
  engine::ProfileField field;
  field.name = "education";
  engine::ProfileCategory low;
  low.label = "low";
  low.seedCount = 8;
  low.baseCount = 40;
  engine::ProfileCategory high;
  high.label = "high";
  high.seedCount = 2;
  high.baseCount = 60;
  field.categories = { low, high };
  profile.fields.push_back( field );
  return profile;
}

} // namespace targetgroup::test
