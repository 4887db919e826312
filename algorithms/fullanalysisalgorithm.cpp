#include "fullanalysisalgorithm.h"

#include "analysischain.h"
#include "common/qgiscompat.h"

#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingutils.h>

namespace targetgroup
{

QString FullAnalysisAlgorithm::name() const
{
  return QStringLiteral( "fullanalysis" );
}

QString FullAnalysisAlgorithm::displayName() const
{
  return QObject::tr( "Target group: full analysis" );
}

QStringList FullAnalysisAlgorithm::tags() const
{
  return QObject::tr( "model,profile,score,aggregate,rollup,report,target group,library" ).split( QLatin1Char( ',' ) );
}

QString FullAnalysisAlgorithm::shortDescription() const
{
  return QObject::tr( "From seed households to profile, scored households, figures per area level and a report, in one run." );
}

QString FullAnalysisAlgorithm::shortHelpString() const
{
  return withNumberRanges( chain::helpText(), *this );
}

FullAnalysisAlgorithm *FullAnalysisAlgorithm::createInstance() const
{
  return new FullAnalysisAlgorithm();
}

void FullAnalysisAlgorithm::initAlgorithm( const QVariantMap & )
{
  const QList<chain::Input> inputs = chain::inputs();
  for ( const chain::Input &input : inputs )
    addParameter( input.create( input.id, input.parentId ) );
  for ( std::unique_ptr<QgsProcessingParameterDefinition> &definition : chain::outputDefinitions() )
    addParameter( definition.release() );
  const QList<chain::Result> results = chain::results();
  for ( const chain::Result &result : results )
    addOutput( new QgsProcessingOutputNumber( result.id, result.label ) );
}

namespace
{

//! Forwards to the run's feedback step by step and keeps the last error, so
//! that a failing step's message reaches the user unchanged.
class StepFeedback : public QgsProcessingMultiStepFeedback
{
public:
  StepFeedback( int steps, QgsProcessingFeedback *feedback )
      : QgsProcessingMultiStepFeedback( steps, feedback )
  {
  }
  void reportError( const QString &error, bool fatalError = false ) override
  {
    lastError = error;
    QgsProcessingMultiStepFeedback::reportError( error, fatalError );
  }
  QString lastError;
};

QVariantMap runStep( QgsProcessingAlgorithm &algorithm, const chain::Step &step, const QVariantMap &parameters, QgsProcessingContext &context, StepFeedback &feedback, int index )
{
  feedback.setCurrentStep( index );
  if ( feedback.isCanceled() )
    throw QgsProcessingException( QObject::tr( "Canceled." ) );
  feedback.pushInfo( QObject::tr( "Step %1: %2" ).arg( QString::number( index + 1 ), step.label ) );
  feedback.lastError.clear();
  bool ok = false;
  const QVariantMap results = algorithm.run( parameters, context, &feedback, &ok );
  if ( !ok )
    throw QgsProcessingException( QObject::tr( "Step '%1' failed: %2" ).arg( step.label, feedback.lastError ) );
  return results;
}

} // namespace

bool FullAnalysisAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback * )
{
  // Before any step runs: a bad number or an output on an input file stops the
  // whole chain, named by this algorithm's parameters (not a step's).
  checkParameters( *this, parameters, context );
  // Optional here because the chain runs without libraries; needed with them.
  if ( isGiven( parameters.value( LIBRARIES ) ) && parameterAsString( parameters, LIBRARY_NAME_FIELD, context ).trimmed().isEmpty() )
    throw QgsProcessingException( QObject::tr( "LIBRARIES (library service areas) is given without LIBRARY_NAME_FIELD: choose the field of LIBRARIES that holds each library's name." ) );
  if ( isGiven( parameters.value( MEMBERS ) ) && !parameterAsString( parameters, MEMBER, context ).trimmed().isEmpty() )
    throw QgsProcessingException( QObject::tr( "Both MEMBER (an expression) and MEMBERS (a member file) are given. Give one source of membership: clear MEMBER to use the member file, or clear MEMBERS." ) );
  return true;
}

QVariantMap FullAnalysisAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  const QList<chain::Step> steps = chain::steps();
  QList<chain::Step> toRun;
  for ( const chain::Step &step : steps )
  {
    if ( !step.runsWithInput.isEmpty() && !isGiven( parameters.value( step.runsWithInput ) ) )
      continue;
    if ( !step.runsWithOutput.isEmpty() && !isGiven( parameters.value( step.runsWithOutput ) ) )
      continue;
    toRun << step;
  }
  StepFeedback stepFeedback( toRun.size(), feedback );

  // What the user gave, else this algorithm's default (as QGIS would read it).
  auto inputValue = [&]( const QString &id )
  {
    const QVariant value = parameters.value( id );
    return value.isValid() ? value : parameterDefinition( id )->defaultValue();
  };

  QMap<QString, QVariantMap> stepResults;
  QVariantMap outputs;
  for ( int index = 0; index < toRun.size(); ++index )
  {
    const chain::Step &step = toRun.at( index );
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm = step.create();
    QVariantMap stepParameters;
    for ( const chain::Binding &binding : step.bindings )
    {
      QVariant value;
      switch ( binding.kind )
      {
      case chain::Binding::Kind::Input:
        value = inputValue( binding.input );
        break;
      case chain::Binding::Kind::StepOutput:
        // A database destination ("postgis:…") is read back by the next step itself (CheckedAlgorithm: readableSources()).
        value = stepResults.value( binding.step ).value( binding.output );
        break;
      case chain::Binding::Kind::Static:
        value = binding.value;
        break;
      case chain::Binding::Kind::Temporary:
        value = QgsProcessing::TEMPORARY_OUTPUT;
        break;
      case chain::Binding::Kind::Destination:
        value = parameters.value( binding.outputId );
        // A level asked for without a destination still gets a (temporary) one.
        if ( !isGiven( value ) && !( algorithm->parameterDefinition( binding.parameter )->flags() & compat::ParameterOptional ) )
          value = QgsProcessing::TEMPORARY_OUTPUT;
        break;
      }
      if ( value.isValid() )
        stepParameters.insert( binding.parameter, value );
    }
    const QVariantMap results = runStep( *algorithm, step, stepParameters, context, stepFeedback, index );
    stepResults.insert( step.id, results );
    for ( const chain::Binding &binding : step.bindings )
    {
      if ( binding.kind == chain::Binding::Kind::Destination && results.contains( binding.parameter ) )
        outputs.insert( binding.outputId, results.value( binding.parameter ) );
    }
  }

  const QList<chain::Result> results = chain::results();
  for ( const chain::Result &result : results )
    outputs.insert( result.id, stepResults.value( result.step ).value( result.output ) );
  nameLayersToLoad( outputs, context );
  return outputs;
}

void FullAnalysisAlgorithm::nameLayersToLoad( const QVariantMap &outputs, QgsProcessingContext &context ) const
{
  // The steps registered their outputs under their own output names and
  // labels ("Coarse areas with target-group figures" for every roll-up); the
  // layers QGIS loads are this algorithm's outputs, under this algorithm's
  // labels. Anything else a step registered (an intermediate layer) is not loaded.
  QMap<QString, QgsProcessingContext::LayerDetails> named;
  const QMap<QString, QgsProcessingContext::LayerDetails> toLoad = context.layersToLoadOnCompletion();
  for ( auto output = outputs.constBegin(); output != outputs.constEnd(); ++output )
  {
    const QString layer = output.value().toString();
    if ( !toLoad.contains( layer ) || !parameterDefinition( output.key() ) )
      continue;
    QgsProcessingContext::LayerDetails details = toLoad.value( layer );
    details.name = parameterDefinition( output.key() )->description();
    details.outputName = output.key();
    named.insert( layer, details );
  }
  context.setLayersToLoadOnCompletion( named );
}

} // namespace targetgroup
