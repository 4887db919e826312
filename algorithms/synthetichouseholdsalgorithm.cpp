#include "synthetichouseholdsalgorithm.h"

#include "common/arealayer.h"
#include "common/parametercheck.h"
#include "common/qgiscompat.h"
#include "engine/synthetichouseholds.h"

#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgspoint.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsprocessingparameters.h>

#include <QHash>
#include <QLocale>
#include <cmath>
#include <limits>
#include <vector>

namespace targetgroup
{

namespace
{

//! Individual warnings per kind of problem before they are summarised.
constexpr int kMaxListedProblems = 20;

//! What the first pass learnt about one area; the second pass generates from it.
struct AreaPlan
{
  QgsFeatureId id = 0;
  QString name; //!< area_code, also used to name the area in messages
  bool usable = false;
  bool repaired = false;
  long long households = 0;
};

//! The polygon to sample in, or a null geometry when the area has none with a
//! positive area. Invalid polygons are repaired with makeValid.
//! The area's polygon to sample from (repaired by the shared rule), or null when it has no area.
QgsGeometry samplingGeometry( const QgsGeometry &geometry, bool &repaired )
{
  bool empty = false;
  const QgsGeometry usable = repairedAreaGeometry( geometry, repaired, empty );
  if ( empty || usable.isNull() || usable.isEmpty() || !( usable.area() > 0.0 ) )
    return QgsGeometry();
  return usable;
}

QString areaName( const QgsFeature &area, int areaCodeIndex )
{
  if ( areaCodeIndex >= 0 )
  {
    const QVariant code = area.attribute( areaCodeIndex );
    if ( !code.isNull() && !code.toString().isEmpty() )
      return code.toString();
  }
  return QString::number( area.id() );
}

//! Labels as QStrings, made once (not once per household).
template<std::size_t N>
std::vector<QString> labelStrings( const std::array<const char *, N> &labels )
{
  std::vector<QString> strings;
  strings.reserve( N );
  for ( const char *text : labels )
    strings.push_back( QString::fromLatin1( text ) );
  return strings;
}

template<typename Enum>
QVariant labelOrNull( const std::optional<Enum> &value, const std::vector<QString> &labels )
{
  if ( !value )
    return compat::nullValue();
  return labels[static_cast<std::size_t>( *value )];
}

int flag( bool value )
{
  return value ? 1 : 0;
}

} // namespace

QStringList SyntheticHouseholdsAlgorithm::tags() const
{
  return QObject::tr( "synthetic,households,demo,random,points,geodemographic,low literacy,test data,benchmark" ).split( QLatin1Char( ',' ) );
}

QString SyntheticHouseholdsAlgorithm::shortDescription() const
{
  return QObject::tr( "Generates reproducible synthetic household points with geodemographic attributes inside area polygons, for demos, training and benchmarks." );
}

QString SyntheticHouseholdsAlgorithm::shortHelpString() const
{
  return withNumberRanges( QObject::tr(
                               "<p>Generates synthetic household points inside area polygons (for example CBS wijken), with correlated attributes of the kind "
                               "a geodemographic dataset holds, plus library membership and easy-read loans. Use it for demos, training and benchmarks when "
                               "no licensed household data is available. The households are invented: they describe no real person or address.</p>"
                               "<h3>Parameters</h3>"
                               "<ul>"
                               "<li><i>Areas (polygons)</i> (AREAS): polygons. The output points are in the CRS of this layer. A <code>statcode</code> field, when present, is "
                               "copied into <code>area_code</code>; otherwise the feature id is. Areas without geometry, or whose geometry stays empty after "
                               "repair, get no households and are reported. Invalid polygons are repaired (makeValid) and reported.</li>"
                               "<li><i>Number of households (divided equally over the areas)</i> (HOUSEHOLDS): total over all areas, divided <i>equally</i> over the areas with a usable geometry (the "
                               "remainder one extra each to the first areas). CBS areas are drawn around population rather than land, so an equal share is "
                               "closer to reality than a share by area, which would put most households in the rural outskirts.</li>"
                               "<li><i>Households per area field (takes precedence over the number)</i> (COUNT_FIELD, optional): a numeric field giving the number of households of each area (rounded to a "
                               "whole number; NULL = none). When set, it takes precedence over the total. Negative values are an error.</li>"
                               "<li><i>Random seed</i> (RANDOM_SEED): the same seed and input give the same output on every platform. Each area draws from its own random "
                               "streams, seeded from the seed and the area's position in the input, one for attributes and one for locations.</li>"
                               "<li><i>Add ground truth field tg_truth</i> (GROUND_TRUTH): adds <code>tg_truth</code> (1 = the household is in the target group) for benchmarks.</li>"
                               "</ul>"
                               "<p><b>Addresses</b> (invented, like everything else): <code>postcode</code> (\"6711 AB\"), <code>huisnummer</code> and "
                               "<code>toevoeging</code>, unique over the whole output, so that a member file can be matched to the households "
                               "(\"Match the member file to households\"). Each area starts with 4 postcode digits of its own (spread over 1000-9999 by its "
                               "position, up to 10 apart, as long as enough remain); the letters change every block of 10 to 25 addresses (letters F, I, O, Q, U, Y "
                               "and the pairs SA, SD, SS are not used, as in the Netherlands); house numbers increase within a postcode; about 6% of numbers "
                               "are a building with 2 to 4 addresses (12, 12A, 12B; 12A, 12B; or 12-1, 12-2 as toevoeging 1, 2), the other toevoeging values are "
                               "NULL. The addresses come from a third random stream per area, so every other field is the same as it would be without them.</p>"
                               "<p>Points are drawn uniformly in the bounding box of the polygon until one falls inside; when %1 attempts in a row fail "
                               "(a very thin polygon), the polygon's remaining households are put on its point on surface, and this is reported.</p>"
                               "<h3>Latent model</h3>"
                               "<p>N is a fresh standard normal draw, [c] is 1 when c holds; flags are probit: 1 when mean + N &gt; 0.</p>"
                               "<ol>"
                               "<li>Per area: deprivation D = N and urbanity U = N, shared by its households, so prevalence varies between areas.</li>"
                               "<li>Age class of the reference person: 18-34 24%, 35-49 24%, 50-64 25%, 65+ 27%.</li>"
                               "<li>First language other than Dutch when -1.15 + 0.35 D + 0.30 U + 0.20 [18-34] - 0.40 [65+] + N &gt; 0 (about 14%).</li>"
                               "<li>Socio-economic status S = -0.45 D + 0.15 U + age effect (-0.20, 0.10, 0.15, -0.05) - 0.40 [other language] + 0.85 N.</li>"
                               "<li>Literacy in Dutch L = 0.55 S + age effect (0.15, 0.05, -0.05, -0.25) - 0.80 [other language] + 0.80 N; "
                               "<b>low literacy</b> when L &lt; %2.</li>"
                               "<li><b>Target group (tg_truth)</b> = low literacy AND first language Dutch (NT1): about 10% of households.</li>"
                               "<li>Education: score 0.55 S + 0.45 L + age effect (0.30, 0.15, -0.10, -0.40) + 0.60 N; low below -0.55, high above 0.45.</li>"
                               "<li>Household type by age class (single / couple / couple_kids / single_parent / other: 18-34 46/25/14/7/8%, 35-49 "
                               "20/12/50/13/5%, 50-64 25/38/26/7/4%, 65+ 45/50/1/1/3%); single parents 1.6 times as likely when S &lt; -0.5, 0.6 times when "
                               "S &gt; 0.5 (at the expense of singles).</li>"
                               "<li>Income = exp(ln 36000 + 0.30 S + 0.12 (education - mid) + type effect (single -0.35, couple 0.20, couple_kids 0.25, "
                               "single_parent -0.20) + age effect (-0.15, 0.10, 0.12, -0.15) + 0.25 N), whole euros.</li>"
                               "<li>Tenure: highest of owner 0.40 + 0.80 S - 0.60 [18-34] + 0.30 [couple] - 0.30 U + N; social_rent -0.45 - 0.80 S + 0.20 "
                               "[65+] + 0.40 [single parent] + N; private_rent -0.90 + 0.35 U + 0.70 [18-34] + N.</li>"
                               "<li>Dwelling: highest of detached -0.90 + 0.40 S - 0.70 U &plusmn; owner (+0.60/-0.80) + N; semi_detached -0.50 - 0.30 U "
                               "&plusmn; owner (+0.40/-0.40) + N; terraced 0.30 + 0.30 [social rent] + N; apartment -0.40 + 0.70 U &plusmn; owner "
                               "(-0.80/+0.60) + 0.30 [single] + N.</li>"
                               "<li>Segment A-K (Mosaic-like groups, e.g. A well-off families, G modest seniors, H families on a tight budget, I urban "
                               "diversity): the segment whose centre in (S, age class, U, children, other language) is nearest, plus 0.9 N noise per "
                               "segment. Segments follow S strongly but imperfectly; no segment is more than a third target group.</li>"
                               "<li>Interests, media and shopping flags: int_diy -0.60 - 0.25 L + 0.30 [owner] - 0.30 [18-34]; int_tv_soaps -1.00 - 0.45 L "
                               "+ 0.35 [65+]; int_sports -0.30 + 0.25 S + 0.30 [18-34] - 0.60 [65+]; int_reading -0.50 + 0.60 L + 0.25 [65+]; "
                               "int_gardening -0.90 + (0.70 (semi-)detached, 0.20 terraced, -0.60 apartment) + 0.40 [50+]; media_facebook 0.10 - 0.15 L + "
                               "0.20 [18-34] - 0.60 [65+]; media_local_paper -0.80 + 0.80 [65+] + 0.30 [50-64] - 0.15 U - 0.10 L; buy_discount_store -0.20 "
                               "- 0.45 S - 0.15 L; buy_online 0.20 + 0.25 S + 0.30 L + 0.30 [18-34] - 0.90 [65+].</li>"
                               "<li>Library membership is_member: -0.86 + 0.33 L + 0.45 [children] + 0.15 [65+]: about 25% overall, about 12% in the "
                               "target group.</li>"
                               "<li>Easy-read loans in a year, members only: a member borrows with chance %3 in the target group, %4 with low literacy and "
                               "another first language (NT2 learners), %5 otherwise (false positives); a borrower has 1 + geometric loans (P(more than k) "
                               "= 0.7^(k-1), mean 3.3). The seed <code>\"easy_read_loans\" &gt; 0 AND \"first_lang\" = 'nl'</code> is therefore mostly, "
                               "but not only, target group, and finds only part of it.</li>"
                               "<li>Missing values: age_class, education, income and tenure are each NULL for %6% of households, independently and at "
                               "random.</li>"
                               "</ol>"
                               "<p>Random numbers: std::mt19937_64 with portable transforms of our own (uniform from the top 53 bits; normal as the "
                               "Irwin-Hall sum of twelve 32-bit uniforms, bounded to &plusmn;6).</p>"
                               "<h3>Outputs</h3>"
                               "<p><i>Synthetic households</i> (OUTPUT): points with fields hh_id, area_code, age_class, hh_type, education, income, tenure, dwelling, segment, first_lang, "
                               "int_diy, int_tv_soaps, int_sports, int_reading, int_gardening, media_facebook, media_local_paper, buy_discount_store, "
                               "buy_online, is_member, easy_read_loans and, on request, tg_truth. HOUSEHOLD_COUNT is the number written.</p>" )
                               .arg( MAX_PLACEMENT_ATTEMPTS )
                               .arg( engine::kLowLiteracyThreshold )
                               .arg( engine::kEasyReadChanceTarget )
                               .arg( engine::kEasyReadChanceSecondLanguage )
                               .arg( engine::kEasyReadChanceOther )
                               .arg( engine::kMissingShare * 100.0 ),
                           *this );
}

QgsFields SyntheticHouseholdsAlgorithm::outputFields( bool withGroundTruth )
{
  using compat::FieldKind;
  QgsFields fields;
  fields.append( compat::makeField( FIELD_ID, FieldKind::Integer64 ) );
  fields.append( compat::makeField( FIELD_AREA_CODE, FieldKind::String ) );
  fields.append( compat::makeField( FIELD_POSTCODE, FieldKind::String, 7 ) );
  fields.append( compat::makeField( FIELD_HOUSE_NUMBER, FieldKind::Integer ) );
  fields.append( compat::makeField( FIELD_ADDITION, FieldKind::String, 4 ) );
  fields.append( compat::makeField( FIELD_AGE_CLASS, FieldKind::String ) );
  fields.append( compat::makeField( FIELD_HOUSEHOLD_TYPE, FieldKind::String ) );
  fields.append( compat::makeField( FIELD_EDUCATION, FieldKind::String ) );
  fields.append( compat::makeField( FIELD_INCOME, FieldKind::Double ) );
  fields.append( compat::makeField( FIELD_TENURE, FieldKind::String ) );
  fields.append( compat::makeField( FIELD_DWELLING, FieldKind::String ) );
  fields.append( compat::makeField( FIELD_SEGMENT, FieldKind::String ) );
  fields.append( compat::makeField( FIELD_FIRST_LANGUAGE, FieldKind::String ) );
  for ( const QString &name : { FIELD_DIY, FIELD_TV_SOAPS, FIELD_SPORTS, FIELD_READING, FIELD_GARDENING, FIELD_FACEBOOK,
                                FIELD_LOCAL_PAPER, FIELD_DISCOUNT_STORE, FIELD_ONLINE, FIELD_MEMBER, FIELD_EASY_READ_LOANS } )
    fields.append( compat::makeField( name, FieldKind::Integer ) );
  if ( withGroundTruth )
    fields.append( compat::makeField( FIELD_TRUTH, FieldKind::Integer ) );
  return fields;
}

void SyntheticHouseholdsAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( AREAS, QObject::tr( "Areas (polygons)" ),
                                                         QList<int>() << static_cast<int>( compat::SourceVectorPolygon ) ) );
  addParameter( new QgsProcessingParameterNumber( HOUSEHOLDS, QObject::tr( "Number of households (divided equally over the areas)" ),
                                                  compat::NumberInteger, 10000, false, 0, limits::kMaxSyntheticHouseholds ) );
  addParameter( new QgsProcessingParameterField( COUNT_FIELD, QObject::tr( "Households per area field (takes precedence over the number)" ),
                                                 QVariant(), AREAS, compat::FieldNumeric, false, true ) );
  addParameter( new QgsProcessingParameterNumber( RANDOM_SEED, QObject::tr( "Random seed" ), compat::NumberInteger, 42, false, 0, std::numeric_limits<int>::max() ) );
  addParameter( new QgsProcessingParameterBoolean( GROUND_TRUTH, QObject::tr( "Add ground truth field tg_truth" ), false ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, QObject::tr( "Synthetic households" ), compat::SourceVectorPoint ) );
  addOutput( new QgsProcessingOutputNumber( HOUSEHOLD_COUNT, QObject::tr( "Number of households written" ) ) );
}

bool SyntheticHouseholdsAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback * )
{
  checkParameters( *this, parameters, context );
  mAreas.reset( parameterAsSource( parameters, AREAS, context ) );
  if ( !mAreas )
    throw QgsProcessingException( invalidSourceError( parameters, AREAS ) );
  mAreasDescription = mAreas->sourceName();
  if ( mAreas->featureCount() == 0 )
    throw QgsProcessingException( QObject::tr( "The AREAS layer '%1' has no features: choose a polygon layer with at least one area." ).arg( mAreasDescription ) );

  mAreaCodeIndex = mAreas->fields().lookupField( AREA_CODE_SOURCE_FIELD );

  mCountField = parameterAsString( parameters, COUNT_FIELD, context );
  mCountFieldIndex = -1;
  if ( !mCountField.isEmpty() )
  {
    mCountFieldIndex = mAreas->fields().lookupField( mCountField );
    if ( mCountFieldIndex < 0 )
      throw QgsProcessingException( QObject::tr( "COUNT_FIELD '%1' is not a field of the AREAS layer '%2': choose one of its numeric fields, or leave COUNT_FIELD empty to use HOUSEHOLDS." )
                                        .arg( mCountField, mAreasDescription ) );
    const QgsField field = mAreas->fields().at( mCountFieldIndex );
    if ( !compat::isNumericField( field ) )
      throw QgsProcessingException( QObject::tr( "COUNT_FIELD '%1' of the AREAS layer '%2' is of type %3, not numeric: choose a field holding the number of households per area, or convert it first (e.g. with the field calculator, to_int(\"%1\"))." )
                                        .arg( mCountField, mAreasDescription, field.typeName() ) );
  }
  else
  {
    // Read as a double: parameterAsInt() would wrap counts from 2^31 up.
    mTotalHouseholds = std::llround( parameterAsDouble( parameters, HOUSEHOLDS, context ) );
    if ( mTotalHouseholds < 1 )
      throw QgsProcessingException( QObject::tr( "HOUSEHOLDS is %1: give at least 1 household to divide over the areas, or set COUNT_FIELD to a field with the number of households per area." )
                                        .arg( mTotalHouseholds ) );
  }

  mRandomSeed = parameterAsInt( parameters, RANDOM_SEED, context );
  mGroundTruth = parameterAsBoolean( parameters, GROUND_TRUTH, context );
  return true;
}

QVariantMap SyntheticHouseholdsAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  QgsAttributeList requestedAttributes;
  if ( mAreaCodeIndex >= 0 )
    requestedAttributes << mAreaCodeIndex;
  if ( mCountFieldIndex >= 0 && mCountFieldIndex != mAreaCodeIndex )
    requestedAttributes << mCountFieldIndex;
  QgsFeatureRequest request;
  request.setSubsetOfAttributes( requestedAttributes );

  // Pass 1: which areas can hold points, and how many households each gets.
  // Nothing is written yet, so a bad count value leaves no partial output.
  feedback->pushInfo( QObject::tr( "Checking the areas of '%1'" ).arg( mAreasDescription ) );
  std::vector<AreaPlan> plans;
  QHash<QgsFeatureId, int> planIndexById;
  QStringList unusableAreas;
  QStringList repairedAreas;
  QStringList areasWithoutCount;
  long long lostHouseholds = 0;
  {
    QgsFeatureIterator areas = mAreas->getFeatures( request );
    QgsFeature area;
    while ( areas.nextFeature( area ) )
    {
      if ( feedback->isCanceled() )
        break;
      AreaPlan plan;
      plan.id = area.id();
      plan.name = areaName( area, mAreaCodeIndex );
      plan.usable = !samplingGeometry( area.geometry(), plan.repaired ).isNull();
      if ( mCountFieldIndex >= 0 )
      {
        const QVariant value = area.attribute( mCountFieldIndex );
        if ( value.isNull() )
        {
          areasWithoutCount << plan.name;
        }
        else
        {
          const double count = value.toDouble();
          if ( !std::isfinite( count ) || count < 0.0 || count > limits::kMaxSyntheticHouseholds )
            throw QgsProcessingException( QObject::tr( "COUNT_FIELD '%1' of the AREAS layer '%2' is %3 for area %4 (feature %5): the number of households must be from 0 to 20,000,000." )
                                              .arg( mCountField, mAreasDescription, value.toString(), plan.name )
                                              .arg( area.id() ) );
          plan.households = std::llround( count );
        }
      }
      if ( !plan.usable )
      {
        unusableAreas << plan.name;
        lostHouseholds += plan.households;
        plan.households = 0;
      }
      else if ( plan.repaired )
      {
        repairedAreas << plan.name;
      }
      planIndexById.insert( plan.id, static_cast<int>( plans.size() ) );
      plans.push_back( plan );
    }
  }
  if ( feedback->isCanceled() )
    return QVariantMap();
  if ( plans.empty() )
    throw QgsProcessingException( QObject::tr( "The AREAS layer '%1' has no features: choose a polygon layer with at least one area." ).arg( mAreasDescription ) );

  const auto listed = []( const QStringList &names )
  {
    QStringList shown = names.mid( 0, kMaxListedProblems );
    if ( names.size() > kMaxListedProblems )
      shown << QObject::tr( "and %1 more" ).arg( names.size() - kMaxListedProblems );
    return shown.join( QStringLiteral( ", " ) );
  };
  if ( !unusableAreas.isEmpty() )
  {
    QString message = QObject::tr( "%1 area(s) of '%2' have no usable polygon geometry (NULL, empty or without area after repair) and get no households: %3" )
                          .arg( unusableAreas.size() )
                          .arg( mAreasDescription, listed( unusableAreas ) );
    if ( lostHouseholds > 0 )
      message += QObject::tr( ". Their %1 household(s) from COUNT_FIELD are not generated." ).arg( lostHouseholds );
    feedback->pushWarning( message );
  }
  if ( !repairedAreas.isEmpty() )
    feedback->pushWarning( QObject::tr( "%1 area(s) of '%2' have an invalid geometry, repaired with makeValid before placing households: %3" )
                               .arg( repairedAreas.size() )
                               .arg( mAreasDescription, listed( repairedAreas ) ) );
  if ( !areasWithoutCount.isEmpty() )
    feedback->pushWarning( QObject::tr( "%1 area(s) of '%2' have NULL in COUNT_FIELD '%3' and get no households: %4" )
                               .arg( areasWithoutCount.size() )
                               .arg( mAreasDescription, mCountField, listed( areasWithoutCount ) ) );

  if ( mCountFieldIndex < 0 )
  {
    std::size_t usableCount = 0;
    for ( const AreaPlan &plan : plans )
      usableCount += plan.usable ? 1 : 0;
    if ( usableCount == 0 )
      throw QgsProcessingException( QObject::tr( "None of the %1 areas of the AREAS layer '%2' has a usable polygon geometry: repair the layer (e.g. with Fix geometries) and run again." )
                                        .arg( plans.size() )
                                        .arg( mAreasDescription ) );
    const std::vector<long long> shares = engine::splitEvenly( mTotalHouseholds, usableCount );
    std::size_t share = 0;
    for ( AreaPlan &plan : plans )
    {
      if ( plan.usable )
        plan.households = shares[share++];
    }
  }
  else if ( parameters.value( HOUSEHOLDS ).isValid() )
  {
    feedback->pushInfo( QObject::tr( "COUNT_FIELD '%1' is set: HOUSEHOLDS is ignored." ).arg( mCountField ) );
  }

  double plannedHouseholds = 0;
  for ( const AreaPlan &plan : plans )
    plannedHouseholds += static_cast<double>( plan.households );
  if ( plannedHouseholds > limits::kMaxSyntheticHouseholds )
    throw QgsProcessingException( QObject::tr( "The areas ask for %1 households in all (COUNT_FIELD '%2'), more than the %3 this algorithm makes in one run (the Netherlands has 8.3 million). "
                                               "Check the field's values, or generate the areas in parts." )
                                      .arg( QLocale().toString( plannedHouseholds, 'f', 0 ), mCountField, QLocale().toString( limits::kMaxSyntheticHouseholds, 'f', 0 ) ) );

  // Pass 2: generate and write, one area at a time.
  const QgsFields fields = outputFields( mGroundTruth );
  QString destinationId;
  std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT, context, destinationId, fields, compat::WkbPoint, mAreas->sourceCrs() ) );
  if ( !sink )
    throw QgsProcessingException( invalidSinkError( parameters, OUTPUT ) );

  const std::vector<QString> ageLabels = labelStrings( engine::kAgeClassLabels );
  const std::vector<QString> typeLabels = labelStrings( engine::kHouseholdTypeLabels );
  const std::vector<QString> educationLabels = labelStrings( engine::kEducationLabels );
  const std::vector<QString> tenureLabels = labelStrings( engine::kTenureLabels );
  const std::vector<QString> dwellingLabels = labelStrings( engine::kDwellingLabels );
  const std::vector<QString> segmentLabels = labelStrings( engine::kSegmentLabels );
  const std::vector<QString> languageLabels = labelStrings( engine::kFirstLanguageLabels );

  const std::uint64_t seed = static_cast<std::uint64_t>( mRandomSeed );
  const double step = plannedHouseholds > 0 ? 100.0 / static_cast<double>( plannedHouseholds ) : 1;
  long long written = 0;
  QStringList fallbackAreas;
  QgsFeature household( fields );
  QgsAttributes attributes( fields.count() );

  std::size_t areasWithHouseholds = 0;
  for ( const AreaPlan &plan : plans )
    areasWithHouseholds += plan.usable && plan.households > 0 ? 1 : 0;
  engine::AddressSequence addresses( areasWithHouseholds );

  QgsFeatureRequest areaRequest;
  areaRequest.setSubsetOfAttributes( mAreaCodeIndex >= 0 ? QgsAttributeList() << mAreaCodeIndex : QgsAttributeList() );
  QgsFeatureIterator areas = mAreas->getFeatures( areaRequest );
  QgsFeature area;
  while ( areas.nextFeature( area ) )
  {
    if ( feedback->isCanceled() )
      break;
    const auto found = planIndexById.constFind( area.id() );
    if ( found == planIndexById.constEnd() )
      continue; // a feature the first pass did not see (the source changed meanwhile)
    const std::size_t areaIndex = static_cast<std::size_t>( found.value() );
    const AreaPlan &plan = plans[areaIndex];
    if ( !plan.usable || plan.households == 0 )
      continue;

    bool repaired = false;
    const QgsGeometry polygon = samplingGeometry( area.geometry(), repaired );
    if ( polygon.isNull() )
      continue; // cannot happen: the first pass found it usable
    std::unique_ptr<QgsGeometryEngine> polygonEngine( QgsGeometry::createGeometryEngine( polygon.constGet() ) );
    polygonEngine->prepareGeometry();
    const QgsRectangle bounds = polygon.boundingBox();
    QgsPoint candidate;
    std::optional<QgsPointXY> fallbackPoint;

    engine::PortableRandom attributeRandom( engine::areaStreamSeed( seed, areaIndex, engine::RandomStream::Attributes ) );
    engine::PortableRandom locationRandom( engine::areaStreamSeed( seed, areaIndex, engine::RandomStream::Locations ) );
    engine::PortableRandom addressRandom( engine::areaStreamSeed( seed, areaIndex, engine::RandomStream::Addresses ) );
    addresses.startArea();
    const engine::AreaEffects effects = engine::AreaEffects::draw( attributeRandom );

    for ( long long i = 0; i < plan.households; ++i )
    {
      if ( feedback->isCanceled() )
        break;
      const engine::SyntheticHousehold generated = engine::drawHousehold( attributeRandom, effects );

      QgsPointXY location;
      bool placed = false;
      if ( !fallbackPoint )
      {
        for ( int attempt = 0; attempt < MAX_PLACEMENT_ATTEMPTS && !placed; ++attempt )
        {
          // An explicit fused multiply-add is correctly rounded everywhere, so
          // compilers that fuse (or not) cannot change a coordinate's last bit.
          const double x = std::fma( locationRandom.uniform(), bounds.width(), bounds.xMinimum() );
          const double y = std::fma( locationRandom.uniform(), bounds.height(), bounds.yMinimum() );
          candidate.setX( x );
          candidate.setY( y );
          if ( polygonEngine->intersects( &candidate ) )
          {
            location = QgsPointXY( x, y );
            placed = true;
          }
        }
        if ( !placed )
        {
          fallbackPoint = polygon.pointOnSurface().asPoint();
          fallbackAreas << plan.name;
        }
      }
      if ( !placed )
        location = *fallbackPoint;

      int column = 0;
      attributes[column++] = static_cast<qlonglong>( written + 1 );
      attributes[column++] = plan.name;
      const engine::SyntheticAddress address = addresses.next( addressRandom );
      attributes[column++] = QString::fromStdString( address.postcode() );
      attributes[column++] = address.houseNumber;
      attributes[column++] = address.addition.empty() ? compat::nullValue() : QVariant( QString::fromStdString( address.addition ) );
      attributes[column++] = labelOrNull( generated.ageClass, ageLabels );
      attributes[column++] = typeLabels[static_cast<std::size_t>( generated.householdType )];
      attributes[column++] = labelOrNull( generated.education, educationLabels );
      attributes[column++] = generated.income ? QVariant( *generated.income ) : compat::nullValue();
      attributes[column++] = labelOrNull( generated.tenure, tenureLabels );
      attributes[column++] = dwellingLabels[static_cast<std::size_t>( generated.dwelling )];
      attributes[column++] = segmentLabels[static_cast<std::size_t>( generated.segment )];
      attributes[column++] = languageLabels[generated.dutchFirstLanguage ? 0 : 1];
      attributes[column++] = flag( generated.interestDiy );
      attributes[column++] = flag( generated.interestTvSoaps );
      attributes[column++] = flag( generated.interestSports );
      attributes[column++] = flag( generated.interestReading );
      attributes[column++] = flag( generated.interestGardening );
      attributes[column++] = flag( generated.mediaFacebook );
      attributes[column++] = flag( generated.mediaLocalPaper );
      attributes[column++] = flag( generated.buysDiscountStore );
      attributes[column++] = flag( generated.buysOnline );
      attributes[column++] = flag( generated.isMember );
      attributes[column++] = generated.easyReadLoans;
      if ( mGroundTruth )
        attributes[column++] = flag( generated.isTarget );

      household.setAttributes( attributes );
      household.setGeometry( QgsGeometry::fromPointXY( location ) );
      if ( !sink->addFeature( household, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT ) );
      ++written;
      if ( written % 1000 == 0 )
        feedback->setProgress( static_cast<double>( written ) * step );
    }
    feedback->setProgress( static_cast<double>( written ) * step );
  }

  if ( !fallbackAreas.isEmpty() )
    feedback->pushWarning( QObject::tr( "%1 area(s) of '%2' are too thin to sample: after %3 failed attempts their remaining households were put on the area's point on surface: %4" )
                               .arg( fallbackAreas.size() )
                               .arg( mAreasDescription )
                               .arg( MAX_PLACEMENT_ATTEMPTS )
                               .arg( listed( fallbackAreas ) ) );
  feedback->pushInfo( QObject::tr( "Wrote %1 synthetic households in %2 area(s) (random seed %3)." )
                          .arg( written )
                          .arg( plans.size() - static_cast<std::size_t>( unusableAreas.size() ) )
                          .arg( mRandomSeed ) );

  QVariantMap outputs;
  outputs.insert( OUTPUT, destinationId );
  outputs.insert( HOUSEHOLD_COUNT, written );
  return outputs;
}

} // namespace targetgroup
