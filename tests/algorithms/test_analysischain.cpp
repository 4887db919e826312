// The chain table (algorithms/analysischain.h) and the Model Designer model
// written from it: the shipped .model3 is what the table generates today;
// loaded through QGIS's model API, every step validates, inputs and outputs
// are labelled and come in the chain's order, the per-area prevalence inputs
// reach scoring and the optional levels are guarded. fullanalysis and the
// model offer the same inputs and outputs. (Runs of the model on the demo
// data sit beside the runs of fullanalysis, in test_fullanalysisalgorithm.cpp.)

#include "aggregateareasalgorithm.h"
#include "analysischain.h"
#include "common/qgiscompat.h"
#include "fullanalysisalgorithm.h"
#include "rollupareasalgorithm.h"
#include "scorehouseholdsalgorithm.h"

#include <gtest/gtest.h>

#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingparameters.h>
#include <qgsxmlutils.h>

#include <QDomDocument>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>

using namespace targetgroup;

namespace
{

const QString kShippedModel = QStringLiteral( TARGETGROUP_SOURCE_DIR "/metadata/targetgroup_full_analysis.model3" );
std::unique_ptr<QgsProcessingModelAlgorithm> loadModel( const QString &path )
{
  auto model = std::make_unique<QgsProcessingModelAlgorithm>();
  if ( !model->fromFile( path ) )
    return nullptr;
  return model;
}

enum class Keys
{
  Both,    //!< every key of either tree
  OfFirst, //!< only the keys of the first tree (the second may hold more)
};

//! The first place where two variant trees differ ("" when they do not), for a message that says where.
QString firstDifference( const QVariant &first, const QVariant &second, Keys keys, const QString &path = QString() )
{
  if ( first.userType() == QMetaType::QVariantMap && second.userType() == QMetaType::QVariantMap )
  {
    const QVariantMap firstMap = first.toMap();
    const QVariantMap secondMap = second.toMap();
    QStringList names = firstMap.keys();
    if ( keys == Keys::Both )
    {
      names += secondMap.keys();
      names.removeDuplicates();
    }
    for ( const QString &name : std::as_const( names ) )
    {
      const QString difference = firstDifference( firstMap.value( name ), secondMap.value( name ), keys, path + QLatin1Char( '/' ) + name );
      if ( !difference.isEmpty() )
        return difference;
    }
    return QString();
  }
  if ( first.userType() == QMetaType::QVariantList && second.userType() == QMetaType::QVariantList )
  {
    const QVariantList firstList = first.toList();
    const QVariantList secondList = second.toList();
    if ( firstList.size() != secondList.size() )
      return QStringLiteral( "%1: %2 items against %3" ).arg( path ).arg( firstList.size() ).arg( secondList.size() );
    for ( int index = 0; index < firstList.size(); ++index )
    {
      const QString difference = firstDifference( firstList.at( index ), secondList.at( index ), keys, path + QLatin1Char( '/' ) + QString::number( index ) );
      if ( !difference.isEmpty() )
        return difference;
    }
    return QString();
  }
  if ( first == second )
    return QString();
  auto shown = []( const QVariant &value )
  {
    if ( !value.isValid() )
      return QStringLiteral( "nothing" );
    if ( value.userType() == QMetaType::QVariantList || value.userType() == QMetaType::QVariantMap )
      return QStringLiteral( "a %1 of %2" ).arg( QString::fromLatin1( value.typeName() ) ).arg( value.userType() == QMetaType::QVariantList ? value.toList().size() : value.toMap().size() );
    return QStringLiteral( "\"%1\"" ).arg( value.toString() );
  };
  return QStringLiteral( "%1: %2 against %3" ).arg( path, shown( first ), shown( second ) );
}

} // namespace

TEST( AnalysisChain, EveryBindingNamesAParameterOfItsStep )
{
  const QList<chain::Input> inputs = chain::inputs();
  QSet<QString> inputIds;
  for ( const chain::Input &input : inputs )
    inputIds << input.id;
  QSet<QString> earlierSteps;
  const QList<chain::Step> steps = chain::steps();
  for ( const chain::Step &step : steps )
  {
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm = step.create();
    ASSERT_TRUE( algorithm ) << step.id.toStdString();
    for ( const chain::Binding &binding : step.bindings )
    {
      const std::string where = ( step.id + QLatin1Char( '.' ) + binding.parameter ).toStdString();
      const QgsProcessingParameterDefinition *definition = algorithm->parameterDefinition( binding.parameter );
      ASSERT_TRUE( definition ) << where;
      // Destinations are bound as outputs (kept temporary or chosen by the user), everything else as values.
      const bool boundAsOutput = binding.kind == chain::Binding::Kind::Temporary || binding.kind == chain::Binding::Kind::Destination;
      EXPECT_EQ( definition->isDestination(), boundAsOutput ) << where;
      if ( binding.kind == chain::Binding::Kind::Input )
      {
        EXPECT_TRUE( inputIds.contains( binding.input ) ) << where;
      }
      if ( binding.kind == chain::Binding::Kind::StepOutput )
      {
        EXPECT_TRUE( earlierSteps.contains( binding.step ) ) << where << " reads a step that has not run yet";
      }
    }
    if ( !step.runsWithInput.isEmpty() )
    {
      EXPECT_TRUE( inputIds.contains( step.runsWithInput ) ) << step.id.toStdString();
    }
    earlierSteps << step.id;
  }
  const QList<chain::Result> results = chain::results();
  for ( const chain::Result &result : results )
    EXPECT_TRUE( earlierSteps.contains( result.step ) ) << result.id.toStdString();
}

TEST( AnalysisChain, EveryRollUpJoinsAutomaticallyByTheSameCodeField )
{
  int rollUps = 0;
  const QList<chain::Step> steps = chain::steps();
  for ( const chain::Step &step : steps )
  {
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm = step.create();
    if ( chain::algorithmId( *algorithm ) != QLatin1String( "targetgroup:rollupareas" ) )
      continue;
    ++rollUps;
    QMap<QString, chain::Binding> byParameter;
    for ( const chain::Binding &binding : step.bindings )
      byParameter.insert( binding.parameter, binding );
    EXPECT_EQ( byParameter.value( RollupAreasAlgorithm::JOIN_METHOD ).value.toInt(), static_cast<int>( RollupAreasAlgorithm::JoinAutomatic ) ) << step.id.toStdString();
    EXPECT_EQ( byParameter.value( RollupAreasAlgorithm::FINE_CODE_FIELD ).input, FullAnalysisAlgorithm::CODE_FIELD ) << step.id.toStdString();
    EXPECT_EQ( byParameter.value( RollupAreasAlgorithm::COARSE_CODE_FIELD ).input, FullAnalysisAlgorithm::CODE_FIELD ) << step.id.toStdString();
  }
  EXPECT_EQ( rollUps, 3 );
}

TEST( AnalysisChain, FullAnalysisAndTheModelOfferTheSameInputsAndOutputs )
{
  FullAnalysisAlgorithm prototype;
  const std::unique_ptr<QgsProcessingAlgorithm> full( prototype.create() );
  QStringList problems;
  const std::unique_ptr<QgsProcessingModelAlgorithm> model = chain::model( problems );
  ASSERT_TRUE( model ) << problems.join( QLatin1Char( '\n' ) ).toStdString();
  const QList<chain::Input> inputs = chain::inputs();
  for ( const chain::Input &input : inputs )
  {
    const QgsProcessingParameterDefinition *ours = full->parameterDefinition( input.id );
    const QgsProcessingParameterDefinition *modelled = model->parameterDefinition( input.modelName );
    ASSERT_TRUE( ours && modelled ) << input.id.toStdString();
    EXPECT_EQ( ours->type(), modelled->type() ) << input.id.toStdString();
    EXPECT_EQ( ours->description(), modelled->description() ) << input.id.toStdString();
    EXPECT_EQ( ours->defaultValue(), modelled->defaultValue() ) << input.id.toStdString();
    EXPECT_EQ( ours->flags(), modelled->flags() ) << input.id.toStdString();
  }
  const QList<chain::Step> steps = chain::steps();
  int destinations = 0;
  for ( const chain::Step &step : steps )
  {
    for ( const chain::Binding &binding : step.bindings )
    {
      if ( binding.kind != chain::Binding::Kind::Destination )
        continue;
      ++destinations;
      const QgsProcessingParameterDefinition *ours = full->parameterDefinition( binding.outputId );
      const QgsProcessingParameterDefinition *modelled = model->parameterDefinition( step.id + QLatin1Char( ':' ) + binding.modelOutput );
      ASSERT_TRUE( ours && modelled ) << binding.outputId.toStdString();
      EXPECT_EQ( ours->type(), modelled->type() ) << binding.outputId.toStdString();
      EXPECT_EQ( ours->description(), modelled->description() ) << binding.outputId.toStdString();
    }
  }
  EXPECT_EQ( destinations, 11 );
  EXPECT_EQ( full->destinationParameterDefinitions().size(), destinations );
}

TEST( AnalysisChainModel, ShippedModelIsWhatTheChainGenerates )
{
  // The generated model is saved as write_model saves it; both files are then
  // loaded through QGIS's model API and compared as QGIS sees them. That
  // leaves out only what does not matter: the order of XML attributes (Qt
  // writes them in hash order, seeded at random per process unless fixed, as
  // write_model fixes it) and whitespace. The next test shows that nothing of
  // the file is lost on the way.
  QStringList problems;
  const std::unique_ptr<QgsProcessingModelAlgorithm> generated = chain::model( problems );
  ASSERT_TRUE( generated ) << problems.join( QLatin1Char( '\n' ) ).toStdString();
  QTemporaryDir directory;
  const QString generatedPath = directory.filePath( QStringLiteral( "generated.model3" ) );
  ASSERT_TRUE( generated->toFile( generatedPath ) );
  const std::unique_ptr<QgsProcessingModelAlgorithm> fresh = loadModel( generatedPath );
  const std::unique_ptr<QgsProcessingModelAlgorithm> shipped = loadModel( kShippedModel );
  ASSERT_TRUE( fresh && shipped );
  const QString difference = firstDifference( shipped->toVariant(), fresh->toVariant(), Keys::Both );
  EXPECT_TRUE( difference.isEmpty() ) << "metadata/targetgroup_full_analysis.model3 is not what the chain table generates (shipped against generated at "
                                      << difference.toStdString()
                                      << "). Regenerate it: cmake --build build --target write_model && build/write_model metadata/targetgroup_full_analysis.model3";
}

TEST( AnalysisChainModel, ShippedDutchModelIsWhatTheChainGeneratesInDutch )
{
  // A model file holds one language: the Dutch copy is the same chain written
  // with the Dutch translations (step names, labels, help).
  QTranslator dutch;
  ASSERT_TRUE( dutch.load( QStringLiteral( TARGETGROUP_BINARY_DIR "/targetgroup_nl.qm" ) ) );
  QCoreApplication::installTranslator( &dutch );
  QStringList problems;
  const std::unique_ptr<QgsProcessingModelAlgorithm> generated = chain::model( problems );
  QCoreApplication::removeTranslator( &dutch );
  ASSERT_TRUE( generated ) << problems.join( QLatin1Char( '\n' ) ).toStdString();
  EXPECT_EQ( generated->name(), QStringLiteral( "Doelgroep: volledige analyse" ) );
  QTemporaryDir directory;
  const QString generatedPath = directory.filePath( QStringLiteral( "generated_nl.model3" ) );
  ASSERT_TRUE( generated->toFile( generatedPath ) );
  const std::unique_ptr<QgsProcessingModelAlgorithm> fresh = loadModel( generatedPath );
  const std::unique_ptr<QgsProcessingModelAlgorithm> shipped = loadModel( QStringLiteral( TARGETGROUP_SOURCE_DIR "/metadata/targetgroup_full_analysis_nl.model3" ) );
  ASSERT_TRUE( fresh && shipped );
  const QString difference = firstDifference( shipped->toVariant(), fresh->toVariant(), Keys::Both );
  EXPECT_TRUE( difference.isEmpty() ) << "metadata/targetgroup_full_analysis_nl.model3 is not what the chain table generates in Dutch (at "
                                      << difference.toStdString()
                                      << "). Regenerate it: build/write_model metadata/targetgroup_full_analysis_nl.model3 build/targetgroup_nl.qm";
  // The same steps and inputs as the English model, in Dutch.
  const std::unique_ptr<QgsProcessingModelAlgorithm> english = loadModel( kShippedModel );
  ASSERT_TRUE( english );
  EXPECT_EQ( shipped->childAlgorithms().keys(), english->childAlgorithms().keys() );
  EXPECT_EQ( shipped->parameterComponents().keys(), english->parameterComponents().keys() );
  EXPECT_NE( shipped->childAlgorithm( QStringLiteral( "score_households" ) ).description(), english->childAlgorithm( QStringLiteral( "score_households" ) ).description() );
}

TEST( AnalysisChainModel, EverythingInTheShippedFileIsReadBack )
{
  // Every key of the file comes back unchanged when QGIS loads and saves the
  // model, so comparing loaded models compares the whole file. (A newer QGIS
  // may add keys of its own; they are not in the file.)
  QFile file( kShippedModel );
  ASSERT_TRUE( file.open( QIODevice::ReadOnly ) );
  QDomDocument document;
  ASSERT_TRUE( static_cast<bool>( document.setContent( file.readAll() ) ) );
  const QVariant content = QgsXmlUtils::readVariant( document.firstChildElement() );
  ASSERT_TRUE( content.toMap().contains( QStringLiteral( "children" ) ) );
  const std::unique_ptr<QgsProcessingModelAlgorithm> shipped = loadModel( kShippedModel );
  ASSERT_TRUE( shipped );
  // As toFile() would write it, read back as the file was.
  QDomDocument rewritten;
  const QVariant saved = QgsXmlUtils::readVariant( QgsXmlUtils::writeVariant( shipped->toVariant(), rewritten ) );
  const QString difference = firstDifference( content, saved, Keys::OfFirst );
  EXPECT_TRUE( difference.isEmpty() ) << "file against loaded model at " << difference.toStdString();
}

TEST( AnalysisChainModel, EveryStepOfTheShippedModelValidates )
{
  const std::unique_ptr<QgsProcessingModelAlgorithm> model = loadModel( kShippedModel );
  ASSERT_TRUE( model );
  EXPECT_EQ( model->name(), QStringLiteral( "Target group: full analysis" ) );
  const QMap<QString, QgsProcessingModelChildAlgorithm> children = model->childAlgorithms();
  EXPECT_EQ( children.size(), 11 ); // eight steps and the guards of the two optional levels and of the libraries
  for ( const QgsProcessingModelChildAlgorithm &child : children )
  {
    EXPECT_TRUE( child.algorithm() ) << child.algorithmId().toStdString();
    EXPECT_FALSE( child.description().isEmpty() ) << child.childId().toStdString();
    // What Model Designer shows in red: e.g. "Parameter TOP_N is mandatory".
    QStringList issues;
    EXPECT_TRUE( model->validateChildAlgorithm( child.childId(), issues ) ) << child.childId().toStdString() << ": " << issues.join( QStringLiteral( "; " ) ).toStdString();
  }
  QStringList issues;
  EXPECT_TRUE( model->validate( issues ) ) << issues.join( QStringLiteral( "; " ) ).toStdString();
}

TEST( AnalysisChainModel, InputsComeInTheChainOrderWithTheirNames )
{
  const std::unique_ptr<QgsProcessingModelAlgorithm> model = loadModel( kShippedModel );
  ASSERT_TRUE( model );
  QStringList expected;
  const QList<chain::Input> inputs = chain::inputs();
  for ( const chain::Input &input : inputs )
    expected << input.modelName;
  // The names users' batch jobs call the model with, and the order of the run dialog.
  const QStringList firstInputs{ QStringLiteral( "households" ), QStringLiteral( "seed" ), QStringLiteral( "base" ), QStringLiteral( "profile_fields" ), QStringLiteral( "descriptive_fields" ), QStringLiteral( "prevalence" ), QStringLiteral( "prevalence_areas" ), QStringLiteral( "prevalence_field" ), QStringLiteral( "member" ), QStringLiteral( "finest_areas" ), QStringLiteral( "middle_areas" ), QStringLiteral( "coarse_areas" ) };
  EXPECT_EQ( expected.mid( 0, firstInputs.size() ), firstInputs );
  for ( const QString &name : { QStringLiteral( "min_count" ), QStringLiteral( "code_field" ) } )
    EXPECT_TRUE( expected.contains( name ) ) << name.toStdString();

  QStringList ordered;
  const QList<QgsProcessingModelParameter> orderedParameters = model->orderedParameters();
  for ( const QgsProcessingModelParameter &parameter : orderedParameters )
    ordered << parameter.parameterName();
  EXPECT_EQ( ordered, expected );
  // The run dialog lists parameterDefinitions(): the inputs in that order, then the outputs.
  QStringList dialog;
  const QgsProcessingParameterDefinitions definitions = model->parameterDefinitions();
  for ( const QgsProcessingParameterDefinition *definition : definitions )
  {
    if ( !definition->isDestination() )
      dialog << definition->name();
  }
  EXPECT_EQ( dialog, expected );
}

TEST( AnalysisChainModel, InputsAndOutputsAreLabelled )
{
  const std::unique_ptr<QgsProcessingModelAlgorithm> model = loadModel( kShippedModel );
  ASSERT_TRUE( model );
  const QgsProcessingParameterDefinitions definitions = model->parameterDefinitions();
  for ( const QgsProcessingParameterDefinition *definition : definitions )
    EXPECT_FALSE( definition->description().isEmpty() ) << definition->name().toStdString();
  int outputs = 0;
  const QMap<QString, QgsProcessingModelChildAlgorithm> children = model->childAlgorithms();
  for ( const QgsProcessingModelChildAlgorithm &child : children )
  {
    const QMap<QString, QgsProcessingModelOutput> childOutputs = child.modelOutputs();
    for ( const QgsProcessingModelOutput &output : childOutputs )
    {
      ++outputs;
      EXPECT_FALSE( output.description().isEmpty() ) << output.name().toStdString();
    }
  }
  EXPECT_EQ( outputs, 11 );
  const QgsProcessingOutputDefinitions outputDefinitions = model->outputDefinitions();
  for ( const QgsProcessingOutputDefinition *output : outputDefinitions )
    EXPECT_FALSE( output->description().isEmpty() ) << output->name().toStdString();
  EXPECT_EQ( model->parameterDefinition( QStringLiteral( "rollup_finest:Finest areas" ) )->description(), QStringLiteral( "Finest areas with target-group figures" ) );
}

TEST( AnalysisChainModel, PerAreaPrevalenceReachesScoring )
{
  const std::unique_ptr<QgsProcessingModelAlgorithm> model = loadModel( kShippedModel );
  ASSERT_TRUE( model );
  const QgsProcessingParameterDefinition *areas = model->parameterDefinition( QStringLiteral( "prevalence_areas" ) );
  const auto *field = dynamic_cast<const QgsProcessingParameterField *>( model->parameterDefinition( QStringLiteral( "prevalence_field" ) ) );
  ASSERT_TRUE( areas && field );
  EXPECT_EQ( areas->type(), QgsProcessingParameterFeatureSource::typeName() );
  EXPECT_TRUE( areas->flags() & compat::ParameterOptional );
  EXPECT_EQ( field->parentLayerParameterName(), QStringLiteral( "prevalence_areas" ) );
  const QgsProcessingModelChildAlgorithm score = model->childAlgorithm( QStringLiteral( "score_households" ) );
  const QMap<QString, QgsProcessingModelChildParameterSources> sources = score.parameterSources();
  ASSERT_EQ( sources.value( ScoreHouseholdsAlgorithm::PREVALENCE_AREAS ).size(), 1 );
  EXPECT_EQ( sources.value( ScoreHouseholdsAlgorithm::PREVALENCE_AREAS ).at( 0 ).parameterName(), QStringLiteral( "prevalence_areas" ) );
  ASSERT_EQ( sources.value( ScoreHouseholdsAlgorithm::PREVALENCE_FIELD ).size(), 1 );
  EXPECT_EQ( sources.value( ScoreHouseholdsAlgorithm::PREVALENCE_FIELD ).at( 0 ).parameterName(), QStringLiteral( "prevalence_field" ) );
  ASSERT_EQ( sources.value( ScoreHouseholdsAlgorithm::SLIM ).size(), 1 );
  EXPECT_EQ( sources.value( ScoreHouseholdsAlgorithm::SLIM ).at( 0 ).parameterName(), QStringLiteral( "slim_households" ) );

  // The aggregation scores in its own pass: the households themselves, the profile and the same prevalence inputs.
  const QMap<QString, QgsProcessingModelChildParameterSources> aggregate = model->childAlgorithm( QStringLiteral( "aggregate_areas" ) ).parameterSources();
  ASSERT_EQ( aggregate.value( AggregateAreasAlgorithm::INPUT ).size(), 1 );
  EXPECT_EQ( aggregate.value( AggregateAreasAlgorithm::INPUT ).at( 0 ).parameterName(), QStringLiteral( "households" ) );
  ASSERT_EQ( aggregate.value( AggregateAreasAlgorithm::PROFILE ).size(), 1 );
  EXPECT_EQ( aggregate.value( AggregateAreasAlgorithm::PROFILE ).at( 0 ).outputChildId(), QStringLiteral( "build_profile" ) );
  for ( const auto &[parameter, input] : { std::pair{ AggregateAreasAlgorithm::PREVALENCE, QStringLiteral( "prevalence" ) }, std::pair{ AggregateAreasAlgorithm::PREVALENCE_AREAS, QStringLiteral( "prevalence_areas" ) },
                                           std::pair{ AggregateAreasAlgorithm::PREVALENCE_FIELD, QStringLiteral( "prevalence_field" ) } } )
  {
    ASSERT_EQ( aggregate.value( parameter ).size(), 1 ) << parameter.toStdString();
    EXPECT_EQ( aggregate.value( parameter ).at( 0 ).parameterName(), input ) << parameter.toStdString();
  }
}

TEST( AnalysisChainModel, OptionalLevelsAreGuardedByAConditionalBranch )
{
  const std::unique_ptr<QgsProcessingModelAlgorithm> model = loadModel( kShippedModel );
  ASSERT_TRUE( model );
  for ( const QString &level : { QStringLiteral( "middle_areas" ), QStringLiteral( "coarse_areas" ) } )
  {
    EXPECT_TRUE( model->parameterDefinition( level )->flags() & compat::ParameterOptional ) << level.toStdString();
    const QString guard = QStringLiteral( "if_" ) + level;
    EXPECT_EQ( model->childAlgorithm( guard ).algorithmId(), QStringLiteral( "native:condition" ) );
    const QString rollUp = level == QLatin1String( "middle_areas" ) ? QStringLiteral( "rollup_middle" ) : QStringLiteral( "rollup_coarse" );
    const QList<QgsProcessingModelChildDependency> dependencies = model->childAlgorithm( rollUp ).dependencies();
    ASSERT_EQ( dependencies.size(), 1 ) << rollUp.toStdString();
    EXPECT_EQ( dependencies.at( 0 ).childId, guard );
    EXPECT_FALSE( dependencies.at( 0 ).conditionalBranch.isEmpty() );
  }
  // The finest level is always there.
  EXPECT_FALSE( model->parameterDefinition( QStringLiteral( "finest_areas" ) )->flags() & compat::ParameterOptional );
}

TEST( AnalysisChain, HouseholdLayerIsOptionalAndTheAreasAreScoredInTheAggregation )
{
  const QList<chain::Step> steps = chain::steps();
  auto stepOf = [&]( const QString &id )
  {
    for ( const chain::Step &step : steps )
    {
      if ( step.id == id )
        return step;
    }
    ADD_FAILURE() << id.toStdString();
    return steps.first();
  };
  // The score step only writes the household layer; fullanalysis skips it without OUTPUT_HOUSEHOLDS.
  EXPECT_EQ( stepOf( QStringLiteral( "score_households" ) ).runsWithOutput, FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS );
  EXPECT_TRUE( stepOf( QStringLiteral( "aggregate_areas" ) ).runsWithOutput.isEmpty() );
  EXPECT_TRUE( stepOf( QStringLiteral( "aggregate_areas" ) ).runsWithInput.isEmpty() );
  // No step reads the scored households.
  for ( const chain::Step &step : steps )
  {
    for ( const chain::Binding &binding : step.bindings )
      EXPECT_FALSE( binding.kind == chain::Binding::Kind::StepOutput && binding.step == QLatin1String( "score_households" ) ) << step.id.toStdString();
  }
  const std::unique_ptr<QgsProcessingAlgorithm> algorithm( FullAnalysisAlgorithm().create() );
  EXPECT_TRUE( algorithm->parameterDefinition( FullAnalysisAlgorithm::OUTPUT_HOUSEHOLDS )->flags() & compat::ParameterOptional );
  const QgsProcessingParameterDefinition *slim = algorithm->parameterDefinition( FullAnalysisAlgorithm::SLIM_HOUSEHOLDS );
  ASSERT_TRUE( slim );
  EXPECT_EQ( slim->type(), QgsProcessingParameterBoolean::typeName() );
  EXPECT_FALSE( slim->defaultValue().toBool() );
  for ( const chain::Result &result : chain::results() )
  {
    if ( result.id == FullAnalysisAlgorithm::EXPECTED_TOTAL )
    {
      EXPECT_EQ( result.step, QStringLiteral( "aggregate_areas" ) );
      EXPECT_EQ( result.output, AggregateAreasAlgorithm::EXPECTED_TOTAL );
    }
  }
}
