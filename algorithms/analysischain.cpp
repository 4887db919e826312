#include "analysischain.h"

#include "aggregateareasalgorithm.h"
#include "areareportalgorithm.h"
#include "buildprofilealgorithm.h"
#include "common/outputschema.h"
#include "common/qgiscompat.h"
#include "fullanalysisalgorithm.h"
#include "libraryreportalgorithm.h"
#include "rollupareasalgorithm.h"
#include "scorehouseholdsalgorithm.h"
#include "targetgroupversion.h"

#include <qgsprocessingmodelalgorithm.h>
#include <qgsprocessingparameters.h>

#include <QPointF>
#include <QSet>

namespace targetgroup::chain
{

namespace
{

using Full = FullAnalysisAlgorithm;

template<typename AlgorithmClass>
std::function<std::unique_ptr<QgsProcessingAlgorithm>()> factory()
{
  return []
  { return std::unique_ptr<QgsProcessingAlgorithm>( AlgorithmClass().create() ); };
}

//! The default of a step algorithm's parameter, so that the chain offers the same default.
template<typename AlgorithmClass>
QVariant defaultOf( const QString &parameter )
{
  const std::unique_ptr<QgsProcessingAlgorithm> algorithm( AlgorithmClass().create() );
  return algorithm->parameterDefinition( parameter )->defaultValue();
}

/**
 * A chain input with the definition the step algorithm gives its own
 * parameter (label, default, filter, field type), so that both say the same;
 * optional when the chain can run without it. A field parameter gets the
 * chain's parent layer input.
 */
template<typename AlgorithmClass>
std::function<QgsProcessingParameterDefinition *( const QString &, const QString & )> definitionOf( const QString &parameter, bool optional )
{
  return [parameter, optional]( const QString &name, const QString &parentName )
  {
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm( AlgorithmClass().create() );
    QgsProcessingParameterDefinition *definition = algorithm->parameterDefinition( parameter )->clone();
    definition->setName( name );
    // A 3.22 model does not read a parameter's help back; both runners show the label and the chain's help.
    definition->setHelp( QString() );
    if ( optional )
      definition->setFlags( definition->flags() | compat::ParameterOptional );
    if ( auto *field = dynamic_cast<QgsProcessingParameterField *>( definition ) )
      field->setParentLayerParameterName( parentName );
    return definition;
  };
}

const QList<int> &pointLayers()
{
  static const QList<int> types{ static_cast<int>( compat::SourceVectorPoint ) };
  return types;
}

const QList<int> &polygonLayers()
{
  static const QList<int> types{ static_cast<int>( compat::SourceVectorPolygon ) };
  return types;
}

QgsProcessingParameterDefinition *advanced( QgsProcessingParameterDefinition *definition )
{
  definition->setFlags( definition->flags() | compat::ParameterAdvanced );
  return definition;
}

//! Model input name of a chain input.
QString modelNameOf( const QList<Input> &chainInputs, const QString &id )
{
  for ( const Input &input : chainInputs )
  {
    if ( input.id == id )
      return input.modelName;
  }
  return QString();
}

// --- the model's layout on the Model Designer canvas ---------------------------
constexpr double kInputX = 120;
constexpr double kGateX = 400;
constexpr double kStepX = 680;
constexpr double kOutputX = 980;
constexpr double kTop = 60;
constexpr double kInputSpacing = 60;
constexpr double kStepSpacing = 150;
constexpr double kOutputSpacing = 50;

// Step ids that other steps or results refer to (the model's child ids).
const QString kProfileStep = QStringLiteral( "build_profile" );
const QString kScoreStep = QStringLiteral( "score_households" );
const QString kAggregateStep = QStringLiteral( "aggregate_areas" );
const QString kFinestStep = QStringLiteral( "rollup_finest" );

//! The branch of a step's guard that is taken when the optional input is given.
const QString kGivenBranch = QStringLiteral( "given" );

} // namespace

Binding Binding::fromInput( const QString &parameter, const QString &inputId )
{
  Binding binding = bound( Kind::Input, parameter );
  binding.input = inputId;
  return binding;
}

Binding Binding::fromStep( const QString &parameter, const QString &stepId, const QString &output )
{
  Binding binding = bound( Kind::StepOutput, parameter );
  binding.step = stepId;
  binding.output = output;
  return binding;
}

Binding Binding::fixed( const QString &parameter, const QVariant &value )
{
  Binding binding = bound( Kind::Static, parameter );
  binding.value = value;
  return binding;
}

Binding Binding::temporary( const QString &parameter )
{
  return bound( Kind::Temporary, parameter );
}

Binding Binding::destination( const QString &parameter, const QString &outputId, const QString &modelOutput, const QString &label )
{
  Binding binding = bound( Kind::Destination, parameter );
  binding.outputId = outputId;
  binding.modelOutput = modelOutput;
  binding.label = label;
  return binding;
}

Step::Step( const QString &stepId, const QString &stepLabel, std::function<std::unique_ptr<QgsProcessingAlgorithm>()> factory )
    : id( stepId ), label( stepLabel ), create( std::move( factory ) )
{
}

Binding Binding::bound( Kind kind, const QString &parameter )
{
  Binding binding;
  binding.kind = kind;
  binding.parameter = parameter;
  return binding;
}

QList<Input> inputs()
{
  // Households, seed, base, fields, prevalence, members, areas, then the member file, the libraries and the rest
  // (new inputs go after the first twelve: the run dialog keeps the order users know).
  return {
      { Full::HOUSEHOLDS, QStringLiteral( "households" ), QString(), []( const QString &name, const QString & )
        { return new QgsProcessingParameterFeatureSource( name, QObject::tr( "Households" ), pointLayers() ); } },
      { Full::SEED, QStringLiteral( "seed" ), Full::HOUSEHOLDS, []( const QString &name, const QString &parent )
        { return new QgsProcessingParameterExpression( name, QObject::tr( "Seed households (expression)" ), QVariant(), parent ); } },
      { Full::BASE, QStringLiteral( "base" ), Full::HOUSEHOLDS, []( const QString &name, const QString &parent )
        { return new QgsProcessingParameterExpression( name, QObject::tr( "Comparison base (expression; empty: all households)" ), QVariant(), parent, true ); } },
      { Full::FIELDS, QStringLiteral( "profile_fields" ), Full::HOUSEHOLDS, []( const QString &name, const QString &parent )
        { return new QgsProcessingParameterField( name, QObject::tr( "Profile fields (used for scoring)" ), QVariant(), parent, compat::FieldAny, true ); } },
      { Full::DESCRIPTIVE_FIELDS, QStringLiteral( "descriptive_fields" ), Full::HOUSEHOLDS, []( const QString &name, const QString &parent )
        { return new QgsProcessingParameterField( name, QObject::tr( "Descriptive fields (soft characteristics)" ), QVariant(), parent, compat::FieldAny, true, true ); } },
      { Full::PREVALENCE, QStringLiteral( "prevalence" ), QString(), []( const QString &name, const QString & )
        { return new QgsProcessingParameterNumber( name, QObject::tr( "Expected share of target-group households (0–1)" ), compat::NumberDouble, ScoreHouseholdsAlgorithm::kDefaultPrevalence, false, 0.0, 1.0 ); } },
      { Full::PREVALENCE_AREAS, QStringLiteral( "prevalence_areas" ), QString(), []( const QString &name, const QString & )
        { return new QgsProcessingParameterFeatureSource( name, QObject::tr( "Areas with a prevalence estimate (e.g. per-gemeente literacy estimates)" ), polygonLayers(), QVariant(), true ); } },
      { Full::PREVALENCE_FIELD, QStringLiteral( "prevalence_field" ), Full::PREVALENCE_AREAS, []( const QString &name, const QString &parent )
        { return new QgsProcessingParameterField( name, QObject::tr( "Prevalence estimate field (share 0–1 or percentage)" ), QVariant(), parent, compat::FieldNumeric, false, true ); } },
      { Full::MEMBER, QStringLiteral( "member" ), Full::HOUSEHOLDS, []( const QString &name, const QString &parent )
        { return new QgsProcessingParameterExpression( name, QObject::tr( "Library members (expression)" ), QVariant(), parent, true ); } },
      { Full::AREAS, QStringLiteral( "finest_areas" ), QString(), []( const QString &name, const QString & )
        { return new QgsProcessingParameterFeatureSource( name, QObject::tr( "Finest areas (e.g. buurten or wijken)" ), polygonLayers() ); } },
      { Full::MIDDLE_AREAS, QStringLiteral( "middle_areas" ), QString(), []( const QString &name, const QString & )
        { return new QgsProcessingParameterFeatureSource( name, QObject::tr( "Middle areas (e.g. gemeenten)" ), polygonLayers(), QVariant(), true ); } },
      { Full::COARSE_AREAS, QStringLiteral( "coarse_areas" ), QString(), []( const QString &name, const QString & )
        { return new QgsProcessingParameterFeatureSource( name, QObject::tr( "Coarse areas (e.g. provincies)" ), polygonLayers(), QVariant(), true ); } },
      { Full::CODE_FIELD, QStringLiteral( "code_field" ), QString(), []( const QString &name, const QString & )
        { return new QgsProcessingParameterString( name, QObject::tr( "Area code field in every area layer (CBS codes; empty: join every level spatially)" ), schema::kCbsCodeField, false, true ); } },
      { Full::MEMBERS, QStringLiteral( "members" ), QString(), definitionOf<AggregateAreasAlgorithm>( AggregateAreasAlgorithm::MEMBERS, true ) },
      { Full::HOUSEHOLD_POSTCODE, QStringLiteral( "household_postcode" ), Full::HOUSEHOLDS, definitionOf<AggregateAreasAlgorithm>( AggregateAreasAlgorithm::HOUSEHOLD_POSTCODE, true ) },
      { Full::HOUSEHOLD_NUMBER, QStringLiteral( "household_number" ), Full::HOUSEHOLDS, definitionOf<AggregateAreasAlgorithm>( AggregateAreasAlgorithm::HOUSEHOLD_NUMBER, true ) },
      { Full::HOUSEHOLD_ADDITION, QStringLiteral( "household_addition" ), Full::HOUSEHOLDS, definitionOf<AggregateAreasAlgorithm>( AggregateAreasAlgorithm::HOUSEHOLD_ADDITION, true ) },
      { Full::MEMBER_POSTCODE, QStringLiteral( "member_postcode" ), Full::MEMBERS, definitionOf<AggregateAreasAlgorithm>( AggregateAreasAlgorithm::MEMBER_POSTCODE, true ) },
      { Full::MEMBER_NUMBER, QStringLiteral( "member_number" ), Full::MEMBERS, definitionOf<AggregateAreasAlgorithm>( AggregateAreasAlgorithm::MEMBER_NUMBER, true ) },
      { Full::MEMBER_ADDITION, QStringLiteral( "member_addition" ), Full::MEMBERS, definitionOf<AggregateAreasAlgorithm>( AggregateAreasAlgorithm::MEMBER_ADDITION, true ) },
      { Full::LIBRARIES, QStringLiteral( "libraries" ), QString(), definitionOf<LibraryReportAlgorithm>( LibraryReportAlgorithm::LIBRARIES, true ) },
      { Full::LIBRARY_NAME_FIELD, QStringLiteral( "library_name_field" ), Full::LIBRARIES, definitionOf<LibraryReportAlgorithm>( LibraryReportAlgorithm::LIBRARY_NAME_FIELD, true ) },
      { Full::MIN_COUNT, QStringLiteral( "min_count" ), QString(), []( const QString &name, const QString & )
        { return new QgsProcessingParameterNumber( name, QObject::tr( "Suppress areas with fewer households than" ), compat::NumberInteger, defaultOf<RollupAreasAlgorithm>( RollupAreasAlgorithm::MIN_COUNT ), false, 1, limits::kMaxMinimumCount ); } },
      { Full::MIN_CELL, QStringLiteral( "min_cell" ), QString(), []( const QString &name, const QString & )
        { return advanced( new QgsProcessingParameterNumber( name, QObject::tr( "Minimum cell size of the profile" ), compat::NumberInteger, defaultOf<BuildProfileAlgorithm>( BuildProfileAlgorithm::MIN_CELL ), false, 1, limits::kMaxMinimumCell ) ); } },
      { Full::BINS, QStringLiteral( "bins" ), QString(), []( const QString &name, const QString & )
        { return advanced( new QgsProcessingParameterNumber( name, QObject::tr( "Quantile bins for numeric fields" ), compat::NumberInteger, defaultOf<BuildProfileAlgorithm>( BuildProfileAlgorithm::BINS ), false, 2, 20 ) ); } },
      { Full::SLIM_HOUSEHOLDS, QStringLiteral( "slim_households" ), QString(), definitionOf<ScoreHouseholdsAlgorithm>( ScoreHouseholdsAlgorithm::SLIM, true ) },
  };
}

QList<Step> steps()
{
  using B = Binding;
  Step profile( kProfileStep, QObject::tr( "Build target group profile" ), factory<BuildProfileAlgorithm>() );
  profile.bindings = {
      B::fromInput( BuildProfileAlgorithm::INPUT, Full::HOUSEHOLDS ),
      B::fromInput( BuildProfileAlgorithm::SEED, Full::SEED ),
      B::fromInput( BuildProfileAlgorithm::BASE, Full::BASE ),
      B::fromInput( BuildProfileAlgorithm::FIELDS, Full::FIELDS ),
      B::fromInput( BuildProfileAlgorithm::DESCRIPTIVE_FIELDS, Full::DESCRIPTIVE_FIELDS ),
      B::fromInput( BuildProfileAlgorithm::BINS, Full::BINS ),
      B::fromInput( BuildProfileAlgorithm::MIN_CELL, Full::MIN_CELL ),
      B::destination( BuildProfileAlgorithm::OUTPUT_PROFILE, Full::OUTPUT_PROFILE, QStringLiteral( "Profile" ), QObject::tr( "Profile" ) ),
      B::temporary( BuildProfileAlgorithm::OUTPUT_TABLE ),
      B::destination( BuildProfileAlgorithm::OUTPUT_HTML, Full::OUTPUT_PROFILE_REPORT, QStringLiteral( "Profile report" ), QObject::tr( "Profile report" ) ),
  };

  Step score( kScoreStep, QObject::tr( "Score households" ), factory<ScoreHouseholdsAlgorithm>() );
  score.bindings = {
      B::fromInput( ScoreHouseholdsAlgorithm::INPUT, Full::HOUSEHOLDS ),
      B::fromStep( ScoreHouseholdsAlgorithm::PROFILE, kProfileStep, BuildProfileAlgorithm::OUTPUT_PROFILE ),
      B::fromInput( ScoreHouseholdsAlgorithm::PREVALENCE, Full::PREVALENCE ),
      B::fromInput( ScoreHouseholdsAlgorithm::PREVALENCE_AREAS, Full::PREVALENCE_AREAS ),
      B::fromInput( ScoreHouseholdsAlgorithm::PREVALENCE_FIELD, Full::PREVALENCE_FIELD ),
      B::fromInput( ScoreHouseholdsAlgorithm::SLIM, Full::SLIM_HOUSEHOLDS ),
      B::destination( ScoreHouseholdsAlgorithm::OUTPUT, Full::OUTPUT_HOUSEHOLDS, QStringLiteral( "Scored households" ), QObject::tr( "Scored households" ) ),
  };
  // Only for the household layer: the area figures do not need it (the next step scores in its own pass).
  score.runsWithOutput = Full::OUTPUT_HOUSEHOLDS;

  // One pass over the households into the finest areas, unsuppressed: the
  // sums every level is rolled up from. It scores the households in the same
  // pass (aggregateareas' fused mode, the same figures as the score step's
  // layer would give), so it needs no scored household layer. It stays
  // temporary, never published.
  Step aggregate( kAggregateStep, QObject::tr( "Score and aggregate households to the finest areas in one pass (unsuppressed sums, kept temporary)" ), factory<AggregateAreasAlgorithm>() );
  aggregate.bindings = {
      B::fromInput( AggregateAreasAlgorithm::INPUT, Full::HOUSEHOLDS ),
      B::fromInput( AggregateAreasAlgorithm::AREAS, Full::AREAS ),
      B::fromStep( AggregateAreasAlgorithm::PROFILE, kProfileStep, BuildProfileAlgorithm::OUTPUT_PROFILE ),
      B::fromInput( AggregateAreasAlgorithm::PREVALENCE, Full::PREVALENCE ),
      B::fromInput( AggregateAreasAlgorithm::PREVALENCE_AREAS, Full::PREVALENCE_AREAS ),
      B::fromInput( AggregateAreasAlgorithm::PREVALENCE_FIELD, Full::PREVALENCE_FIELD ),
      B::fromInput( AggregateAreasAlgorithm::MEMBER, Full::MEMBER ),
      B::fromInput( AggregateAreasAlgorithm::MEMBERS, Full::MEMBERS ),
      B::fromInput( AggregateAreasAlgorithm::HOUSEHOLD_POSTCODE, Full::HOUSEHOLD_POSTCODE ),
      B::fromInput( AggregateAreasAlgorithm::HOUSEHOLD_NUMBER, Full::HOUSEHOLD_NUMBER ),
      B::fromInput( AggregateAreasAlgorithm::HOUSEHOLD_ADDITION, Full::HOUSEHOLD_ADDITION ),
      B::fromInput( AggregateAreasAlgorithm::MEMBER_POSTCODE, Full::MEMBER_POSTCODE ),
      B::fromInput( AggregateAreasAlgorithm::MEMBER_NUMBER, Full::MEMBER_NUMBER ),
      B::fromInput( AggregateAreasAlgorithm::MEMBER_ADDITION, Full::MEMBER_ADDITION ),
      B::fixed( AggregateAreasAlgorithm::MIN_COUNT, 0 ),
      B::temporary( AggregateAreasAlgorithm::OUTPUT ),
      B::destination( AggregateAreasAlgorithm::UNMATCHED_MEMBERS, Full::OUTPUT_UNMATCHED_MEMBERS, QStringLiteral( "Unmatched members" ), QObject::tr( "Members that match no household" ) ),
  };

  // One roll-up per published level, the finest included (onto its own
  // polygons, so it is suppressed like the others). rollupareas decides the
  // join of each level itself (automatic), the same way in both runners.
  auto rollUp = []( const QString &id, const QString &label, const QString &areas, const QString &outputId, const QString &modelOutput, const QString &outputLabel )
  {
    Step step( id, label, factory<RollupAreasAlgorithm>() );
    step.bindings = {
        B::fromStep( RollupAreasAlgorithm::INPUT, kAggregateStep, AggregateAreasAlgorithm::OUTPUT ),
        B::fromInput( RollupAreasAlgorithm::AREAS, areas ),
        B::fixed( RollupAreasAlgorithm::JOIN_METHOD, static_cast<int>( RollupAreasAlgorithm::JoinAutomatic ) ),
        B::fromInput( RollupAreasAlgorithm::FINE_CODE_FIELD, Full::CODE_FIELD ),
        B::fromInput( RollupAreasAlgorithm::COARSE_CODE_FIELD, Full::CODE_FIELD ),
        B::fromInput( RollupAreasAlgorithm::MIN_COUNT, Full::MIN_COUNT ),
        B::destination( RollupAreasAlgorithm::OUTPUT, outputId, modelOutput, outputLabel ),
    };
    return step;
  };
  const Step finest = rollUp( kFinestStep, QObject::tr( "Finest areas with suppression" ), Full::AREAS, Full::OUTPUT_AREAS, QStringLiteral( "Finest areas" ), QObject::tr( "Finest areas with target-group figures" ) );
  Step middle = rollUp( QStringLiteral( "rollup_middle" ), QObject::tr( "Roll up to the middle areas" ), Full::MIDDLE_AREAS, Full::OUTPUT_MIDDLE_AREAS, QStringLiteral( "Middle areas" ), QObject::tr( "Middle areas with target-group figures" ) );
  middle.runsWithInput = Full::MIDDLE_AREAS;
  Step coarse = rollUp( QStringLiteral( "rollup_coarse" ), QObject::tr( "Roll up to the coarse areas" ), Full::COARSE_AREAS, Full::OUTPUT_COARSE_AREAS, QStringLiteral( "Coarse areas" ), QObject::tr( "Coarse areas with target-group figures" ) );
  coarse.runsWithInput = Full::COARSE_AREAS;

  Step report( QStringLiteral( "area_report" ), QObject::tr( "Area report with map" ), factory<AreaReportAlgorithm>() );
  report.bindings = {
      B::fromStep( AreaReportAlgorithm::AREAS, kFinestStep, RollupAreasAlgorithm::OUTPUT ),
      B::fromStep( AreaReportAlgorithm::PROFILE, kProfileStep, BuildProfileAlgorithm::OUTPUT_PROFILE ),
      B::fromInput( AreaReportAlgorithm::PREVALENCE, Full::PREVALENCE ),
      B::fromInput( AreaReportAlgorithm::MIN_COUNT, Full::MIN_COUNT ),
      B::destination( AreaReportAlgorithm::OUTPUT_HTML, Full::OUTPUT_REPORT, QStringLiteral( "Area report" ), QObject::tr( "Area report" ) ),
  };
  report.runsWithOutput = Full::OUTPUT_REPORT;

  // Per library: from the unsuppressed finest sums, like the roll-ups.
  Step libraries( QStringLiteral( "library_reports" ), QObject::tr( "Figures and reports per library service area" ), factory<LibraryReportAlgorithm>() );
  libraries.bindings = {
      B::fromStep( LibraryReportAlgorithm::AREAS, kAggregateStep, AggregateAreasAlgorithm::OUTPUT ),
      B::fromInput( LibraryReportAlgorithm::LIBRARIES, Full::LIBRARIES ),
      B::fromInput( LibraryReportAlgorithm::LIBRARY_NAME_FIELD, Full::LIBRARY_NAME_FIELD ),
      B::fromInput( LibraryReportAlgorithm::AREA_CODE_FIELD, Full::CODE_FIELD ),
      B::fromInput( LibraryReportAlgorithm::MIN_COUNT, Full::MIN_COUNT ),
      B::fromStep( LibraryReportAlgorithm::PROFILE, kProfileStep, BuildProfileAlgorithm::OUTPUT_PROFILE ),
      B::destination( LibraryReportAlgorithm::OUTPUT_TABLE, Full::OUTPUT_LIBRARIES, QStringLiteral( "Figures per library" ), QObject::tr( "Figures per library" ) ),
      B::destination( LibraryReportAlgorithm::OUTPUT_AREAS, Full::OUTPUT_LIBRARY_AREAS, QStringLiteral( "Areas with their library" ), QObject::tr( "Finest areas with their library" ) ),
      B::destination( LibraryReportAlgorithm::OUTPUT_FOLDER, Full::OUTPUT_LIBRARY_REPORTS, QStringLiteral( "Library reports" ), QObject::tr( "Folder with a report per library" ) ),
  };
  libraries.runsWithInput = Full::LIBRARIES;

  return { profile, score, aggregate, finest, middle, coarse, report, libraries };
}

QList<Result> results()
{
  return {
      { Full::SEED_COUNT, QObject::tr( "Seed households" ), kProfileStep, BuildProfileAlgorithm::SEED_COUNT },
      { Full::BASE_COUNT, QObject::tr( "Base households" ), kProfileStep, BuildProfileAlgorithm::BASE_COUNT },
      { Full::EXPECTED_TOTAL, QObject::tr( "Expected target-group households" ), kAggregateStep, AggregateAreasAlgorithm::EXPECTED_TOTAL },
      { Full::MATCHED, QObject::tr( "Households in an area" ), kAggregateStep, AggregateAreasAlgorithm::MATCHED },
      { Full::UNMATCHED, QObject::tr( "Households in no area" ), kAggregateStep, AggregateAreasAlgorithm::UNMATCHED },
      { Full::MEMBERS_READ, QObject::tr( "Members read" ), kAggregateStep, AggregateAreasAlgorithm::MEMBERS_READ },
      { Full::MEMBERS_MATCHED, QObject::tr( "Members matched to a household" ), kAggregateStep, AggregateAreasAlgorithm::MEMBERS_MATCHED },
      { Full::MEMBERS_UNMATCHED, QObject::tr( "Members that match no household" ), kAggregateStep, AggregateAreasAlgorithm::MEMBERS_UNMATCHED },
      { Full::HOUSEHOLDS_WITH_MEMBERS, QObject::tr( "Households with members" ), kAggregateStep, AggregateAreasAlgorithm::HOUSEHOLDS_WITH_MEMBERS },
      { Full::LIBRARY_COUNT, QObject::tr( "Libraries" ), QStringLiteral( "library_reports" ), LibraryReportAlgorithm::LIBRARY_COUNT },
      { Full::AREAS_WITHOUT_LIBRARY, QObject::tr( "Finest areas in no library service area" ), QStringLiteral( "library_reports" ), LibraryReportAlgorithm::AREAS_UNASSIGNED },
  };
}

QString helpText()
{
  return QObject::tr(
      "From seed households to a map and a report in one run. The steps are the provider's own algorithms, run one after "
      "the other:\n"
      "1. <b>Build target group profile</b> of <i>Households</i> (HOUSEHOLDS) from <i>Seed households (expression)</i> (SEED) and "
      "<i>Comparison base (expression; empty: all households)</i> (BASE), with <i>Profile fields (used for scoring)</i> (FIELDS) and "
      "<i>Descriptive fields (soft characteristics)</i> (DESCRIPTIVE_FIELDS);\n"
      "2. <b>Score households</b> with the profile (calibrated probability tg_prob, index, reference group), calibrated to "
      "<i>Expected share of target-group households (0–1)</i> (PREVALENCE), or per area where "
      "<i>Areas with a prevalence estimate (e.g. per-gemeente literacy estimates)</i> (PREVALENCE_AREAS) with their "
      "<i>Prevalence estimate field (share 0–1 or percentage)</i> (PREVALENCE_FIELD) are given; this step runs only when "
      "<i>Scored households</i> (OUTPUT_HOUSEHOLDS) is given, and with <i>Slim output: the household's feature id and the tg_* fields only</i> (SLIM_HOUSEHOLDS) "
      "that layer holds only each household's point, feature id (hh_fid) and the tg_* fields;\n"
      "3. <b>Aggregate households to areas</b> on <i>Finest areas (e.g. buurten or wijken)</i> (AREAS), once, over all households, "
      "unsuppressed, into a temporary layer; it scores the households itself in the same streaming pass, with the same profile and calibration, "
      "so the area figures are the same with or without the scored household layer, and a run without it is much faster;\n"
      "4. <b>Roll up areas</b> from there onto the finest level itself and onto the optional "
      "<i>Middle areas (e.g. gemeenten)</i> (MIDDLE_AREAS) and <i>Coarse areas (e.g. provincies)</i> (COARSE_AREAS), without reading the households again. The join is automatic: by "
      "<i>Area code field in every area layer (CBS codes; empty: join every level spatially)</i> (CODE_FIELD, default statcode) when both layers hold CBS buurt, wijk or gemeente codes, which nest by prefix (WK022801 lies in GM0228); "
      "otherwise spatially, each finest area going to the coarse area that holds its point on surface (provincie codes PVnn "
      "do not nest; an empty <i>Area code field in every area layer (CBS codes; empty: join every level spatially)</i> joins every level spatially). The log says which join each level got and why. "
      "Finest areas that match no coarse area are counted and named in the log, never dropped silently;\n"
      "5. the <b>area report</b> (HTML with a map) of the finest level;\n"
      "6. with <i>Library service areas</i> (LIBRARIES) and their <i>Library name field</i> (LIBRARY_NAME_FIELD), <b>figures and reports per library service area</b>: "
      "the finest areas are assigned to the service area that holds their point on surface (or by the gemeente codes in a field GM_CODES), summed per library from "
      "the same unsuppressed sums as the roll-ups and suppressed the same way; a table per library, the finest areas tagged with their library, and a folder "
      "with one report per library and an index page. Finest areas in no service area are counted and named.\n\n"
      "<b>Membership</b>, from one of two sources: "
      "<i>Library members (expression)</i> (MEMBER), an expression that is true for member households (e.g. \"is_member\" = 1), or the member file as the library "
      "system exports it, <i>Member file (table of members by address)</i> (MEMBERS), matched by postcode, house number and addition to the households "
      "(the HOUSEHOLD_* and MEMBER_* field inputs; see \"Match the member file to households\"); members that match no household go to "
      "<i>Members that match no household</i> (OUTPUT_UNMATCHED_MEMBERS) with the reason, and MEMBERS_READ = MEMBERS_MATCHED + MEMBERS_UNMATCHED. Either gives, per "
      "area and per library, member households, the target group reached by members (tg_reach) and the expected target households that are "
      "not yet members (tg_untapped). Consider building the profile with members as the comparison base: the seed are members.\n\n"
      "<b>Small numbers</b>: every published level is suppressed the same way: areas with fewer households than "
      "<i>Suppress areas with fewer households than</i> (MIN_COUNT) keep only hh_total. The profile merges categories with fewer seed or base households than "
      "<i>Minimum cell size of the profile</i> (MIN_CELL) into \"(other)\", and cuts numeric fields into as many quantile bins as "
      "<i>Quantile bins for numeric fields</i> (BINS) (advanced parameters).\n\n"
      "The algorithm \"Target group: full analysis\" and the model targetgroup_full_analysis.model3, which ships in the "
      "plugin's folder (open it in Model Designer with Processing Toolbox → Models → Open Existing Model… to adapt it), are written from one definition and run the same steps with the same settings. The middle and "
      "coarse levels run only when their area layers are given (in the model through a Conditional branch per level). The "
      "algorithm writes the area report and the scored households only when an output is given for them; the model always writes both (to a temporary file "
      "unless you choose one), because a model step cannot depend on whether an output is wanted." );
}

QString algorithmId( const QgsProcessingAlgorithm &algorithm )
{
  return QStringLiteral( TARGETGROUP_PROVIDER_ID ":" ) + algorithm.name();
}

std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> outputDefinitions()
{
  std::vector<std::unique_ptr<QgsProcessingParameterDefinition>> definitions;
  const QList<Step> chainSteps = steps();
  for ( const Step &step : chainSteps )
  {
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm = step.create();
    for ( const Binding &binding : step.bindings )
    {
      if ( binding.kind != Binding::Kind::Destination )
        continue;
      std::unique_ptr<QgsProcessingParameterDefinition> definition( algorithm->parameterDefinition( binding.parameter )->clone() );
      definition->setName( binding.outputId );
      definition->setDescription( binding.label );
      // A step that may be skipped has an optional output. A level's output
      // is made by default: it is written whenever its areas are given
      // (the step does not run without them).
      if ( !step.runsWithInput.isEmpty() || !step.runsWithOutput.isEmpty() )
        definition->setFlags( definition->flags() | compat::ParameterOptional );
      definitions.push_back( std::move( definition ) );
    }
  }
  return definitions;
}

std::unique_ptr<QgsProcessingModelAlgorithm> model( QStringList &problems )
{
  problems.clear();
  // Name and group in the language the model is written in (write_model can write a Dutch copy).
  auto chainModel = std::make_unique<QgsProcessingModelAlgorithm>( QObject::tr( "Target group: full analysis" ), QObject::tr( "Target group" ), QStringLiteral( "targetgroup" ) );
  chainModel->setHelpContent( { { QStringLiteral( "ALG_DESC" ), helpText() } } );

  const QList<Input> chainInputs = inputs();
  QStringList order;
  for ( const Input &input : chainInputs )
  {
    QgsProcessingModelParameter component( input.modelName );
    component.setPosition( QPointF( kInputX, kTop + kInputSpacing * order.size() ) );
    chainModel->addModelParameter( input.create( input.modelName, modelNameOf( chainInputs, input.parentId ) ), component );
    order << input.modelName;
  }
  // QGIS lists a model's inputs in this order (stored as parameterOrder);
  // without it, 3.22 lists them alphabetically by name.
  chainModel->setParameterOrder( order );

  const QList<Step> chainSteps = steps();
  for ( int index = 0; index < chainSteps.size(); ++index )
  {
    const Step &step = chainSteps.at( index );
    const double y = kTop + kStepSpacing * index;
    const std::unique_ptr<QgsProcessingAlgorithm> algorithm = step.create();
    QgsProcessingModelChildAlgorithm child( algorithmId( *algorithm ) );
    child.setChildId( step.id );
    child.setDescription( step.label );
    child.setPosition( QPointF( kStepX, y ) );

    QSet<QString> bound;
    QMap<QString, QgsProcessingModelOutput> outputs;
    for ( const Binding &binding : step.bindings )
    {
      bound << binding.parameter;
      switch ( binding.kind )
      {
      case Binding::Kind::Input:
        child.addParameterSources( binding.parameter, { QgsProcessingModelChildParameterSource::fromModelParameter( modelNameOf( chainInputs, binding.input ) ) } );
        break;
      case Binding::Kind::StepOutput:
        child.addParameterSources( binding.parameter, { QgsProcessingModelChildParameterSource::fromChildOutput( binding.step, binding.output ) } );
        break;
      case Binding::Kind::Static:
        child.addParameterSources( binding.parameter, { QgsProcessingModelChildParameterSource::fromStaticValue( binding.value ) } );
        break;
      case Binding::Kind::Temporary:
        break; // a destination the model does not expose is temporary
      case Binding::Kind::Destination:
      {
        QgsProcessingModelOutput output( binding.modelOutput, binding.label );
        output.setChildId( step.id );
        output.setChildOutputName( binding.parameter );
        output.setPosition( QPointF( kOutputX, y + kOutputSpacing * outputs.size() ) );
        outputs.insert( binding.modelOutput, output );
        break;
      }
      }
    }
    // Model Designer marks a step invalid ("Parameter X is mandatory") when a
    // mandatory parameter has no source, default or not: bind the default.
    const QgsProcessingParameterDefinitions definitions = algorithm->parameterDefinitions();
    for ( const QgsProcessingParameterDefinition *definition : definitions )
    {
      if ( definition->isDestination() || ( definition->flags() & compat::ParameterOptional ) || bound.contains( definition->name() ) )
        continue;
      if ( !definition->defaultValue().isValid() )
      {
        problems << QStringLiteral( "step %1: the mandatory parameter %2 has neither a binding nor a default" ).arg( step.id, definition->name() );
        continue;
      }
      child.addParameterSources( definition->name(), { QgsProcessingModelChildParameterSource::fromStaticValue( definition->defaultValue() ) } );
    }
    child.setModelOutputs( outputs );

    if ( !step.runsWithInput.isEmpty() )
    {
      // A model runs every step, so a step that needs an optional input is
      // guarded by a Conditional branch: pruned when the input is not given.
      const QString inputName = modelNameOf( chainInputs, step.runsWithInput );
      QgsProcessingModelChildAlgorithm guard( QStringLiteral( "native:condition" ) );
      guard.setChildId( QStringLiteral( "if_%1" ).arg( inputName ) );
      guard.setDescription( QStringLiteral( "Only if %1 is given" ).arg( inputName ) );
      guard.setPosition( QPointF( kGateX, y ) );
      const QVariantMap branch{ { QStringLiteral( "name" ), kGivenBranch }, { QStringLiteral( "expression" ), QStringLiteral( "@%1 IS NOT NULL" ).arg( inputName ) } };
      guard.setConfiguration( { { QStringLiteral( "conditions" ), QVariantList{ branch } } } );
      chainModel->addChildAlgorithm( guard );
      child.setDependencies( { QgsProcessingModelChildDependency( guard.childId(), kGivenBranch ) } );
    }
    chainModel->addChildAlgorithm( child );
  }
  chainModel->updateDestinationParameters();
  if ( !problems.isEmpty() )
    return nullptr;
  return chainModel;
}

} // namespace targetgroup::chain
