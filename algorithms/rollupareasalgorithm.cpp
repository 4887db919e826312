#include "rollupareasalgorithm.h"

#include "common/arealayer.h"
#include "common/areaoutput.h"
#include "common/areatotals.h"
#include "common/outputschema.h"
#include "common/parametercheck.h"
#include "common/qgiscompat.h"
#include "engine/aggregationsession.h"

#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>

#include <algorithm>
#include <cmath>
#include <vector>

namespace targetgroup
{

namespace
{

QString fineAreaName( const QgsFeature &feature, int codeIndex )
{
  if ( codeIndex >= 0 && !feature.attribute( codeIndex ).isNull() )
    return QObject::tr( "%1 (feature %2)" ).arg( feature.attribute( codeIndex ).toString(), QString::number( feature.id() ) );
  return QObject::tr( "feature %1" ).arg( feature.id() );
}

} // namespace

QStringList RollupAreasAlgorithm::tags() const
{
  return QObject::tr( "target group,roll up,aggregate,buurt,wijk,gemeente,provincie,hierarchy,suppression" ).split( QLatin1Char( ',' ) );
}

QString RollupAreasAlgorithm::shortDescription() const
{
  return QObject::tr( "Sums the figures of fine areas into coarser areas (buurt → wijk → gemeente → provincie) without reading the households again." );
}

QString RollupAreasAlgorithm::shortHelpString() const
{
  return withNumberRanges( QObject::tr(
                               "<p>Aggregates <i>Fine areas (output of Aggregate households to areas, MIN_COUNT 0)</i> (INPUT), e.g. buurten, to "
                               "<i>Coarse areas</i> (AREAS), e.g. wijken, gemeenten, provincies, without reading the households again. The additive fields hh_total, tg_expected, "
                               "tg_variance, tg_ref, mem_total and mem_tg_expected are summed; tg_expected_low/high, tg_share, tg_index, "
                               "mem_penetration, tg_reach and tg_untapped are recomputed from the sums, and suppression is applied "
                               "to the coarse areas with <i>Suppress areas with fewer households than</i> (MIN_COUNT). The result equals running \"Aggregate households to areas\" on the coarse polygons directly, "
                               "provided every fine area lies in one coarse area (tg_index is relative to the households of the fine areas that "
                               "found a coarse area).</p>"
                               "<p><b>Privacy and exactness</b>: sums cannot be recovered from suppressed areas, so the fine areas must not contain "
                               "suppressed rows. Run \"Aggregate households to areas\" once on the finest level with <i>Suppress areas with fewer households than</i> = 0 into a "
                               "temporary layer that you do not publish, then roll it up to every level you publish, the finest included "
                               "(join it by code to the same fine layer): each published level is suppressed with <i>Suppress areas with fewer households than</i> here.</p>"
                               "<p><i>Join fine to coarse areas</i> (JOIN_METHOD): <i>by code</i> uses the CBS hierarchy by code prefix: after the letters, a coarse "
                               "code is the start of its fine codes (BU02280101 -> WK022801 -> GM0228; WK0363AA -> GM0363). <i>Code field of the fine areas</i> (FINE_CODE_FIELD) and "
                               "<i>Code field of the coarse areas</i> (COARSE_CODE_FIELD) name the code fields (default statcode). Provincie codes (PVnn) are not part of the code "
                               "hierarchy: join provinces spatially. <i>Spatially</i> places each fine area's point on surface in the coarse "
                               "polygon that contains it (the one with the lowest feature id when several do); the layers may have different CRSs. <i>Automatic</i> "
                               "joins by code when both code fields exist and the first code of each layer is a buurt, wijk or gemeente code "
                               "(BU, WK, GM: the levels that nest by prefix), and spatially otherwise (no code field, provincie codes PVnn, other "
                               "codes); the log says which join was used and why.</p>"
                               "<p>Fine areas that find no coarse area are counted (UNMATCHED, UNMATCHED_HOUSEHOLDS) and reported, never dropped "
                               "silently. <i>Coarse areas with target-group figures</i> (OUTPUT) keeps every coarse area with its fields and geometry.</p>" ),
                           *this );
}

void RollupAreasAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( INPUT, QObject::tr( "Fine areas (output of Aggregate households to areas, MIN_COUNT 0)" ), QList<int>() << static_cast<int>( compat::SourceVectorPolygon ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( AREAS, QObject::tr( "Coarse areas" ), QList<int>() << static_cast<int>( compat::SourceVectorPolygon ) ) );
  addParameter( new QgsProcessingParameterEnum( JOIN_METHOD, QObject::tr( "Join fine to coarse areas" ), QStringList() << QObject::tr( "By code (CBS code prefix)" ) << QObject::tr( "Spatially (point on surface of each fine area)" ) << QObject::tr( "Automatic (by code for CBS buurt, wijk and gemeente codes, otherwise spatially)" ), false, static_cast<int>( JoinByCode ) ) );
  addParameter( new QgsProcessingParameterField( FINE_CODE_FIELD, QObject::tr( "Code field of the fine areas" ), schema::kCbsCodeField, INPUT, compat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterField( COARSE_CODE_FIELD, QObject::tr( "Code field of the coarse areas" ), schema::kCbsCodeField, AREAS, compat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterNumber( MIN_COUNT, QObject::tr( "Suppress areas with fewer households than" ), compat::NumberInteger, 10, false, 0, limits::kMaxMinimumCount ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT, QObject::tr( "Coarse areas with target-group figures" ), compat::SourceVectorPolygon ) );
  addOutput( new QgsProcessingOutputNumber( MATCHED, QObject::tr( "Fine areas in a coarse area" ) ) );
  addOutput( new QgsProcessingOutputNumber( UNMATCHED, QObject::tr( "Fine areas in no coarse area" ) ) );
  addOutput( new QgsProcessingOutputNumber( UNMATCHED_HOUSEHOLDS, QObject::tr( "Households of the fine areas in no coarse area" ) ) );
}

bool RollupAreasAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  checkParameters( *this, parameters, context );
  mFine.reset( parameterAsSource( parameters, INPUT, context ) );
  if ( !mFine )
    throw QgsProcessingException( invalidSourceError( parameters, INPUT ) );
  mCoarse.reset( parameterAsSource( parameters, AREAS, context ) );
  if ( !mCoarse )
    throw QgsProcessingException( invalidSourceError( parameters, AREAS ) );
  schema::checkNoFieldClash( mCoarse->fields(), schema::areaFigureFields(), QObject::tr( "AREAS" ) );
  checkPolygonLayer( *mCoarse, QObject::tr( "AREAS" ) );

  const QgsFields fineFields = mFine->fields();
  mTotalsFields = AreaTotalsFields::locate( fineFields, QObject::tr( "INPUT" ) );

  mJoinMethod = static_cast<JoinMethod>( parameterAsEnum( parameters, JOIN_METHOD, context ) );
  mFineCodeIndex = -1;
  mCoarseCodeIndex = -1;
  const QString fineCodeField = parameterAsString( parameters, FINE_CODE_FIELD, context ).trimmed();
  const QString coarseCodeField = parameterAsString( parameters, COARSE_CODE_FIELD, context ).trimmed();
  if ( !fineCodeField.isEmpty() )
    mFineCodeIndex = fineFields.lookupField( fineCodeField );
  if ( mJoinMethod == JoinAutomatic )
  {
    // Judged by the first code of each layer: a CBS layer holds one level.
    auto firstCode = []( QgsFeatureSource *source, int codeIndex )
    {
      QgsFeatureRequest request;
      request.setFlags( compat::RequestNoGeometry );
      request.setSubsetOfAttributes( QgsAttributeList{ codeIndex } );
      QgsFeatureIterator features = source->getFeatures( request );
      QgsFeature feature;
      while ( features.nextFeature( feature ) )
      {
        const QString code = feature.attribute( codeIndex ).isNull() ? QString() : feature.attribute( codeIndex ).toString().trimmed();
        if ( !code.isEmpty() )
          return code;
      }
      return QString();
    };
    auto nestsByPrefix = []( const QString &code )
    { return engine::CodeHierarchy::nestsByPrefix( code.toStdString() ); };
    const int coarseCodeIndex = coarseCodeField.isEmpty() ? -1 : mCoarse->fields().lookupField( coarseCodeField );
    const QString fineCode = mFineCodeIndex < 0 ? QString() : firstCode( mFine.get(), mFineCodeIndex );
    const QString coarseCode = coarseCodeIndex < 0 ? QString() : firstCode( mCoarse.get(), coarseCodeIndex );
    QString spatialReason;
    if ( fineCodeField.isEmpty() || coarseCodeField.isEmpty() )
      spatialReason = QObject::tr( "no code field is given (FINE_CODE_FIELD, COARSE_CODE_FIELD)" );
    else if ( mFineCodeIndex < 0 )
      spatialReason = QObject::tr( "INPUT has no field \"%1\" (FINE_CODE_FIELD)" ).arg( fineCodeField );
    else if ( coarseCodeIndex < 0 )
      spatialReason = QObject::tr( "AREAS has no field \"%1\" (COARSE_CODE_FIELD)" ).arg( coarseCodeField );
    else if ( fineCode.isEmpty() )
      spatialReason = QObject::tr( "INPUT has no code in the field \"%1\"" ).arg( fineCodeField );
    else if ( coarseCode.isEmpty() )
      spatialReason = QObject::tr( "AREAS has no code in the field \"%1\"" ).arg( coarseCodeField );
    else if ( !nestsByPrefix( fineCode ) )
      spatialReason = QObject::tr( "the codes of INPUT (e.g. %1) are not CBS buurt, wijk or gemeente codes (BU, WK, GM), the only ones that nest by prefix" ).arg( fineCode );
    else if ( !nestsByPrefix( coarseCode ) )
      spatialReason = QObject::tr( "the codes of AREAS (e.g. %1) are not CBS buurt, wijk or gemeente codes (BU, WK, GM), the only ones that nest by prefix" ).arg( coarseCode );
    mJoinMethod = spatialReason.isEmpty() ? JoinByCode : JoinSpatially;
    if ( feedback )
    {
      if ( mJoinMethod == JoinByCode )
        feedback->pushInfo( QObject::tr( "Join: by code (automatic), because the codes of INPUT (e.g. %1, field %2) and AREAS (e.g. %3, field %4) are CBS codes that nest by prefix." ).arg( fineCode, fineCodeField, coarseCode, coarseCodeField ) );
      else
        feedback->pushInfo( QObject::tr( "Join: spatially (automatic; point on surface of each fine area), because %1." ).arg( spatialReason ) );
    }
  }
  if ( mJoinMethod == JoinByCode )
  {
    if ( fineCodeField.isEmpty() || mFineCodeIndex < 0 )
      throw QgsProcessingException( QObject::tr( "INPUT has no code field \"%1\" (FINE_CODE_FIELD), needed to join by code. Choose the field with the CBS codes (e.g. statcode, buurtcode), or join spatially." ).arg( fineCodeField ) );
    mCoarseCodeIndex = coarseCodeField.isEmpty() ? -1 : mCoarse->fields().lookupField( coarseCodeField );
    if ( mCoarseCodeIndex < 0 )
      throw QgsProcessingException( QObject::tr( "AREAS has no code field \"%1\" (COARSE_CODE_FIELD), needed to join by code. Choose the field with the CBS codes (e.g. statcode, gemeentecode), or join spatially." ).arg( coarseCodeField ) );
  }

  mMinimumCount = parameterAsInt( parameters, MIN_COUNT, context );
  if ( mMinimumCount < 0 )
    throw QgsProcessingException( QObject::tr( "MIN_COUNT must be 0 or more, not %1." ).arg( mMinimumCount ) );
  return true;
}

QVariantMap RollupAreasAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  // --- 1. the coarse areas: by code, or into an area index in the fine CRS ----
  // Coarse area i is the i-th by ascending feature id in both cases.
  engine::CodeHierarchy hierarchy;
  AreaIndex coarseIndex;
  {
    QgsFeatureRequest request;
    if ( mJoinMethod == JoinByCode )
    {
      request.setFlags( compat::RequestNoGeometry );
      request.setSubsetOfAttributes( QgsAttributeList{ mCoarseCodeIndex } );
    }
    else
    {
      checkComparableCrs( *mFine, QObject::tr( "INPUT" ), *mCoarse, QObject::tr( "AREAS" ), feedback );
      request = AreaIndex::request( mFine->sourceCrs(), context.transformContext() );
    }
    QgsFeatureIterator coarseAreas = mCoarse->getFeatures( request, compat::SourceSkipGeometryValidityChecks );
    QgsFeature coarse;
    std::vector<std::pair<QgsFeatureId, QVariant>> codes;
    while ( coarseAreas.nextFeature( coarse ) )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      if ( mJoinMethod == JoinByCode )
      {
        codes.emplace_back( coarse.id(), coarse.attribute( mCoarseCodeIndex ) );
        coarse.clearGeometry();
      }
      coarseIndex.addArea( coarse );
    }
    coarseIndex.build();
    if ( mJoinMethod == JoinSpatially )
      coarseIndex.reportProblems( feedback, QObject::tr( "AREAS" ) );
    for ( const auto &[id, code] : codes )
    {
      if ( !code.isNull() && !hierarchy.addCoarse( code.toString().toStdString(), coarseIndex.indexOf( id ) ) )
        throw QgsProcessingException( QObject::tr( "AREAS has the code %1 more than once (feature %2, field COARSE_CODE_FIELD); codes must be unique to join by code." ).arg( code.toString() ).arg( id ) );
    }
  }

  // --- 2. sum the fine areas into their coarse area ----------------------------
  engine::AreaAggregationSession session( static_cast<std::size_t>( coarseIndex.areaCount() ) );
  QStringList unmatchedNames;
  {
    QgsFeatureRequest request;
    QgsAttributeList attributes = mTotalsFields.attributes();
    if ( mFineCodeIndex >= 0 )
      attributes << mFineCodeIndex;
    request.setSubsetOfAttributes( attributes );
    if ( mJoinMethod == JoinByCode )
      request.setFlags( compat::RequestNoGeometry );
    const long long total = mFine->featureCount();
    const double step = total > 0 ? 100.0 / static_cast<double>( total ) : 1;
    QgsFeatureIterator fineAreas = mFine->getFeatures( request, compat::SourceSkipGeometryValidityChecks );
    QgsFeature fine;
    long long current = 0;
    while ( fineAreas.nextFeature( fine ) )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      feedback->setProgress( static_cast<double>( current++ ) * step );

      const AreaTotalsRead read = readAreaTotals( fine, mTotalsFields, QObject::tr( "Fine area %1 of INPUT" ).arg( fineAreaName( fine, mFineCodeIndex ) ),
                                                  QObject::tr( "Run \"Aggregate households to areas\" with MIN_COUNT 0 for the layer you roll up (keep it unpublished); this algorithm applies MIN_COUNT to the coarse areas." ) );
      const engine::AreaTotals &fineTotals = read.totals;
      const bool hasMembership = read.hasMembership;

      int coarseArea = -1;
      if ( mJoinMethod == JoinByCode )
      {
        const QVariant code = fine.attribute( mFineCodeIndex );
        if ( !code.isNull() )
          coarseArea = hierarchy.coarseFor( code.toString().toStdString() );
      }
      else
        coarseArea = coarseIndex.locate( householdLocation( fine.geometry().pointOnSurface() ) ).area;
      if ( coarseArea < 0 )
      {
        session.addUnmatchedTotals( fineTotals );
        if ( unmatchedNames.size() < 20 )
          unmatchedNames << fineAreaName( fine, mFineCodeIndex );
        continue;
      }
      session.addTotals( coarseArea, fineTotals, hasMembership );
    }
  }
  const long long matchedAreas = session.matched(), unmatchedAreas = session.unmatched(), unmatchedHouseholds = session.unmatchedHouseholds();
  const long long withMembership = session.matchedWithMembership();
  if ( unmatchedAreas > 0 )
    feedback->pushWarning( QObject::tr( "%1 fine areas (%2 households) lie in no coarse area and are not in any coarse figure: %3%4." )
                               .arg( unmatchedAreas )
                               .arg( unmatchedHouseholds )
                               .arg( unmatchedNames.join( QStringLiteral( ", " ) ) )
                               .arg( unmatchedAreas > unmatchedNames.size() ? QObject::tr( " and more" ) : QString() ) );
  const bool membershipKnown = session.everyFineAreaHasMembership();
  if ( withMembership > 0 && !membershipKnown )
    feedback->pushWarning( QObject::tr( "Only %1 of %2 fine areas have membership figures (mem_total); membership fields are left NULL." ).arg( withMembership ).arg( matchedAreas ) );

  // --- 3. one output row per coarse area -----------------------------------------
  engine::AggregationSettings settings;
  settings.minimumCount = mMinimumCount;
  settings.membershipKnown = membershipKnown;
  const std::optional<AreaOutputSummary> output = writeAreaOutput( *this, parameters, OUTPUT, *mCoarse, coarseIndex, session, settings, context, feedback );
  if ( !output )
    return QVariantMap();
  feedback->setProgress( 100 );

  QVariantMap results;
  results.insert( OUTPUT, output->destination );
  results.insert( MATCHED, matchedAreas );
  results.insert( UNMATCHED, unmatchedAreas );
  results.insert( UNMATCHED_HOUSEHOLDS, unmatchedHouseholds );
  return results;
}

} // namespace targetgroup
