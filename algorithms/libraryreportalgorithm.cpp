#include "libraryreportalgorithm.h"

#include "common/arealayer.h"
#include "common/areareportrenderer.h"
#include "common/htmlwriter.h"
#include "common/layerstyles.h"
#include "common/outputschema.h"
#include "common/profilefile.h"
#include "common/qgiscompat.h"
#include "engine/aggregationsession.h"

#include <qgsexception.h>
#include <qgsfeaturerequest.h>
#include <qgsmemoryproviderutils.h>
#include <qgsprocessingfeedback.h>
#include <qgsprocessingoutputs.h>
#include <qgsvectorlayer.h>

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <climits>
#include <optional>
#include <vector>

namespace targetgroup
{

namespace
{

//! One library of LIBRARIES, in ascending feature id order (the order of its AreaIndex).
struct Library
{
  QgsFeatureId id = 0;
  QString name;
  QStringList gemeenteCodes; //!< empty: assigned by its polygon
  QString fileName;          //!< without extension
  QgsGeometry outline;       //!< the service-area polygon in the CRS of AREAS; null for a library given by gemeente codes
  long long areaCount = 0;
};

//! One area of AREAS as read.
struct AreaRecord
{
  QgsFeature feature;
  int library = -1; //!< index in the libraries, -1: in no service area
  AreaTotalsRead read;
};

QString areaName( const QgsFeature &area, int nameIndex, int codeIndex )
{
  if ( nameIndex >= 0 && !area.attribute( nameIndex ).isNull() && !area.attribute( nameIndex ).toString().isEmpty() )
    return area.attribute( nameIndex ).toString();
  if ( codeIndex >= 0 && !area.attribute( codeIndex ).isNull() )
    return area.attribute( codeIndex ).toString();
  return QObject::tr( "Area %1" ).arg( area.id() );
}

QString areaDescription( const QgsFeature &area, int codeIndex )
{
  if ( codeIndex >= 0 && !area.attribute( codeIndex ).isNull() )
    return QObject::tr( "Area %1 (feature %2) of AREAS" ).arg( area.attribute( codeIndex ).toString(), QString::number( area.id() ) );
  return QObject::tr( "Area (feature %1) of AREAS" ).arg( area.id() );
}

//! The sentence on a library's (or the unassigned areas') totals, as the index and each report give it.
QString totalsSentence( const engine::AreaFigures &figures, long long areaCount, long long minimumCount )
{
  if ( figures.suppressed )
    return QObject::tr( "%1 areas, %2 households: fewer than %3, so the figures are suppressed." )
        .arg( html::formatCount( areaCount ), html::formatCount( figures.households ), html::formatCount( minimumCount ) );
  QString sentence = QObject::tr( "%1 areas, %2 households, of which %3 (95% interval %4) are expected to belong to the target group." )
                         .arg( html::formatCount( areaCount ), html::formatCount( figures.households ), html::formatExpected( figures.expected ),
                               html::formatExpectedInterval( figures.expectedLow, figures.expectedHigh, figures.expected ) );
  if ( figures.members )
    sentence += QLatin1Char( ' ' ) + QObject::tr( "Member households: %1; the members reach %2 of the expected target households, %3 are not yet members." )
                                         .arg( html::formatCount( *figures.members ), html::formatShare( figures.reach ), html::formatExpected( figures.untapped ) );
  return sentence;
}

QList<html::Cell> figureCells( const engine::AreaFigures &figures, long long areaCount )
{
  return QList<html::Cell>{ html::Cell::number( html::formatCount( areaCount ) ),
                            html::Cell::number( html::formatCount( figures.households ) ),
                            html::Cell::number( html::formatExpected( figures.expected ) ),
                            html::Cell::number( html::formatExpectedInterval( figures.expectedLow, figures.expectedHigh, figures.expected ) ),
                            html::Cell::number( figures.members ? html::formatCount( *figures.members ) : html::missing() ),
                            html::Cell::number( html::formatShare( figures.reach ) ),
                            html::Cell::number( html::formatExpected( figures.untapped ) ) };
}

} // namespace

QStringList LibraryReportAlgorithm::tags() const
{
  return QObject::tr( "target group,library,service area,werkgebied,bibliotheek,report,gemeente,membership,reach,untapped" ).split( QLatin1Char( ',' ) );
}

QString LibraryReportAlgorithm::shortDescription() const
{
  return QObject::tr( "Sums the target-group figures of the areas per library service area and writes one report per library, with an index page." );
}

QString LibraryReportAlgorithm::shortHelpString() const
{
  return withNumberRanges( QObject::tr(
                               "<p>Gives every library its own figures and report for its service area (werkgebied).</p>"
                               "<p><i>Areas with target-group figures (MIN_COUNT 0)</i> (AREAS): the finest areas (buurten or wijken) as written by \"Aggregate households to areas\" "
                               "with <i>Suppress areas with fewer households than</i> = 0 (or the unsuppressed area step of the full analysis). Sums cannot be recovered from "
                               "suppressed areas, so a suppressed row is refused: run \"Aggregate households to areas\" with MIN_COUNT 0 into a layer you do not publish; this "
                               "algorithm suppresses what it publishes with its own MIN_COUNT.</p>"
                               "<p><i>Library service areas</i> (LIBRARIES): one feature per library, named by <i>Library name field</i> (LIBRARY_NAME_FIELD; every library needs a "
                               "name of its own). A service area is given in one of two ways:</p>"
                               "<ul><li>as a polygon: an area belongs to the service area that contains its point on surface. Where service areas overlap, the library "
                               "with the lowest feature id takes the area (the same tie rule as everywhere); the log says how many areas that decided.</li>"
                               "<li>as a list of gemeente codes in a field named GM_CODES, e.g. \"GM0228,GM0203\" (commas, semicolons or spaces between the codes): an area belongs "
                               "to the library that lists its gemeente, by the CBS code of the area (<i>Area code field</i>, AREA_CODE_FIELD, default statcode: BU02280101 and "
                               "WK022801 lie in GM0228). LIBRARIES may then be a table without geometry.</li></ul>"
                               "<p>A library with gemeente codes is assigned by its codes only (its polygon, if any, is not used); the areas no code assigns are placed in the "
                               "polygons of the libraries without codes. A gemeente listed by two libraries is refused: a gemeente belongs to one service area.</p>"
                               "<p>Areas in no service area are counted (AREAS_UNASSIGNED, UNASSIGNED_HOUSEHOLDS), named in the log and shown on the index page. The sums per library "
                               "plus those of the areas in no service area are the sums of AREAS.</p>"
                               "<p><i>Suppress libraries and areas with fewer households than</i> (MIN_COUNT): a library or an area with fewer households keeps only its household count, "
                               "as in every area output. <i>Number of top areas to list</i> (TOP_N) sets the length of each ranking in the reports. <i>Profile (for the soft characteristics)</i> "
                               "(PROFILE, optional): the profile JSON, as in the area report. <i>Area name field</i> (AREA_NAME_FIELD, optional) names the areas in the reports "
                               "(default statnaam when the layer has it).</p>"
                               "<p>Outputs: <i>Figures per library</i> (OUTPUT_TABLE), one row per library with library_name, library_fid, area_count and the area figures "
                               "(hh_total, tg_expected with tg_expected_low/high, mem_total, tg_reach, tg_untapped…); <i>Areas with their library</i> (OUTPUT_AREAS), the areas with "
                               "library_name and library_fid (empty in no service area) and their figures suppressed with MIN_COUNT; <i>Folder for the reports</i> (OUTPUT_FOLDER), "
                               "one HTML report per library with a map of its areas (with the service-area polygon as a dashed boundary; file names made from the library names) and index.html, which links them with the table per library. "
                               "The tg_index of libraries and areas is relative to all areas of AREAS.</p>" ),
                           *this );
}

void LibraryReportAlgorithm::initAlgorithm( const QVariantMap & )
{
  addParameter( new QgsProcessingParameterFeatureSource( AREAS, QObject::tr( "Areas with target-group figures (MIN_COUNT 0)" ), QList<int>() << static_cast<int>( compat::SourceVectorPolygon ) ) );
  addParameter( new QgsProcessingParameterFeatureSource( LIBRARIES, QObject::tr( "Library service areas" ), QList<int>() << static_cast<int>( compat::SourceVector ) ) );
  addParameter( new QgsProcessingParameterField( LIBRARY_NAME_FIELD, QObject::tr( "Library name field" ), QVariant(), LIBRARIES, compat::FieldAny ) );
  addParameter( new QgsProcessingParameterField( AREA_CODE_FIELD, QObject::tr( "Area code field (for GM_CODES)" ), schema::kCbsCodeField, AREAS, compat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterField( AREA_NAME_FIELD, QObject::tr( "Area name field" ), QVariant(), AREAS, compat::FieldAny, false, true ) );
  addParameter( new QgsProcessingParameterNumber( MIN_COUNT, QObject::tr( "Suppress libraries and areas with fewer households than" ), compat::NumberInteger, 10, false, 0, limits::kMaxMinimumCount ) );
  addParameter( new QgsProcessingParameterNumber( TOP_N, QObject::tr( "Number of top areas to list" ), compat::NumberInteger, 10, false, 1, 1000 ) );
  auto profile = std::make_unique<QgsProcessingParameterFile>( PROFILE, QObject::tr( "Profile (for the soft characteristics)" ) );
  profile->setFileFilter( QObject::tr( "Target group profile (*.json *.JSON)" ) );
  profile->setFlags( profile->flags() | compat::ParameterOptional );
  addParameter( profile.release() );
  // Optional, made by default: see processChecked().
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT_TABLE, QObject::tr( "Figures per library" ), compat::SourceVector, QVariant(), true, true ) );
  addParameter( new QgsProcessingParameterFeatureSink( OUTPUT_AREAS, QObject::tr( "Areas with their library" ), compat::SourceVectorPolygon, QVariant(), true, true ) );
  addParameter( new QgsProcessingParameterFolderDestination( OUTPUT_FOLDER, QObject::tr( "Folder for the reports" ), QVariant(), true, true ) );
  addOutput( new QgsProcessingOutputHtml( INDEX_HTML, QObject::tr( "Index of the library reports" ) ) );
  addOutput( new QgsProcessingOutputNumber( LIBRARY_COUNT, QObject::tr( "Libraries" ) ) );
  addOutput( new QgsProcessingOutputNumber( AREAS_ASSIGNED, QObject::tr( "Areas in a service area" ) ) );
  addOutput( new QgsProcessingOutputNumber( AREAS_UNASSIGNED, QObject::tr( "Areas in no service area" ) ) );
  addOutput( new QgsProcessingOutputNumber( UNASSIGNED_HOUSEHOLDS, QObject::tr( "Households of the areas in no service area" ) ) );
  addOutput( new QgsProcessingOutputNumber( AREAS_IN_SEVERAL, QObject::tr( "Areas in more than one service area (lowest feature id decided)" ) ) );
  addOutput( new QgsProcessingOutputNumber( SUPPRESSED_LIBRARIES, QObject::tr( "Libraries with suppressed figures" ) ) );
}

QString LibraryReportAlgorithm::safeFileName( const QString &libraryName )
{
  // Letters with accents lose them (é -> e), so "Bibliotheek Ede" and "bibliotheek-ede" are the same file on every system.
  QString plain = libraryName.normalized( QString::NormalizationForm_KD ).toLower();
  QString made;
  for ( const QChar character : plain )
  {
    if ( ( character >= QLatin1Char( 'a' ) && character <= QLatin1Char( 'z' ) ) || ( character >= QLatin1Char( '0' ) && character <= QLatin1Char( '9' ) ) )
      made += character;
    else if ( character.category() == QChar::Mark_NonSpacing )
      continue;
    else if ( !made.isEmpty() && !made.endsWith( QLatin1Char( '-' ) ) )
      made += QLatin1Char( '-' );
  }
  made = made.left( 60 );
  while ( made.endsWith( QLatin1Char( '-' ) ) )
    made.chop( 1 );
  return made.isEmpty() ? QStringLiteral( "library" ) : made;
}

QStringList LibraryReportAlgorithm::uniqueFileNames( const QStringList &libraryNames )
{
  QSet<QString> used{ QStringLiteral( "index" ) };
  QStringList names;
  for ( const QString &libraryName : libraryNames )
  {
    const QString base = safeFileName( libraryName );
    QString name = base;
    for ( int suffix = 2; used.contains( name ); ++suffix )
      name = QStringLiteral( "%1-%2" ).arg( base ).arg( suffix );
    used.insert( name );
    names << name;
  }
  return names;
}

QStringList LibraryReportAlgorithm::splitGemeenteCodes( const QString &value )
{
  static const QRegularExpression separators( QStringLiteral( "[,;\\s]+" ) );
  QStringList codes;
  for ( const QString &code : value.split( separators ) )
  {
    if ( !code.isEmpty() )
      codes << code.toUpper();
  }
  return codes;
}

bool LibraryReportAlgorithm::prepareChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback * )
{
  checkParameters( *this, parameters, context );
  mAreas.reset( parameterAsSource( parameters, AREAS, context ) );
  if ( !mAreas )
    throw QgsProcessingException( invalidSourceError( parameters, AREAS ) );
  mLibraries.reset( parameterAsSource( parameters, LIBRARIES, context ) );
  if ( !mLibraries )
    throw QgsProcessingException( invalidSourceError( parameters, LIBRARIES ) );
  checkPolygonLayer( *mAreas, QObject::tr( "AREAS" ) );

  const QgsFields areaFields = mAreas->fields();
  mTotalsFields = AreaTotalsFields::locate( areaFields, QObject::tr( "AREAS" ) );
  schema::checkNoFieldClash( areaFields, schema::libraryTagFields(), QObject::tr( "AREAS" ) );

  const QString nameField = parameterAsString( parameters, LIBRARY_NAME_FIELD, context );
  mLibraryNameIndex = mLibraries->fields().lookupField( nameField );
  if ( mLibraryNameIndex < 0 )
    throw QgsProcessingException( QObject::tr( "LIBRARIES has no field \"%1\" (LIBRARY_NAME_FIELD). Choose the field with the library names." ).arg( nameField ) );
  mGemeenteCodesIndex = mLibraries->fields().lookupField( GM_CODES_FIELD );
  if ( mGemeenteCodesIndex < 0 && mLibraries->wkbType() == compat::WkbNoGeometry )
    throw QgsProcessingException( QObject::tr( "LIBRARIES has neither geometry nor a field %1: give each library a service-area polygon or a list of gemeente codes (e.g. \"GM0228,GM0203\") in a field %1." ).arg( GM_CODES_FIELD ) );

  mAreaCodeField = parameterAsString( parameters, AREA_CODE_FIELD, context ).trimmed();
  mAreaCodeIndex = mAreaCodeField.isEmpty() ? -1 : areaFields.lookupField( mAreaCodeField );
  const QString areaNameField = parameterAsString( parameters, AREA_NAME_FIELD, context ).trimmed();
  mAreaNameIndex = -1;
  if ( !areaNameField.isEmpty() )
  {
    mAreaNameIndex = areaFields.lookupField( areaNameField );
    if ( mAreaNameIndex < 0 )
      throw QgsProcessingException( QObject::tr( "AREAS has no field \"%1\" (AREA_NAME_FIELD). Choose one of its fields, or leave AREA_NAME_FIELD empty." ).arg( areaNameField ) );
  }
  else
    mAreaNameIndex = areaFields.lookupField( schema::kCbsNameField );

  mMinimumCount = parameterAsInt( parameters, MIN_COUNT, context );
  if ( mMinimumCount < 0 )
    throw QgsProcessingException( QObject::tr( "MIN_COUNT must be 0 or more, not %1." ).arg( mMinimumCount ) );
  mReportSettings = AreaReportSettings();
  mReportSettings.minimumCount = static_cast<int>( std::min<long long>( mMinimumCount, INT_MAX ) );
  mReportSettings.topCount = parameterAsInt( parameters, TOP_N, context );
  if ( mReportSettings.topCount < 1 )
    throw QgsProcessingException( QObject::tr( "TOP_N must be 1 or more, not %1." ).arg( mReportSettings.topCount ) );
  const QString profilePath = parameterAsFile( parameters, PROFILE, context );
  if ( !profilePath.isEmpty() )
  {
    mReportSettings.profile = readProfileFile( profilePath );
    mReportSettings.profileFileName = QFileInfo( profilePath ).fileName();
  }
  return true;
}

QVariantMap LibraryReportAlgorithm::processChecked( const QVariantMap &parameters, QgsProcessingContext &context, QgsProcessingFeedback *feedback )
{
  // Every output is optional, so that a model that runs this step only with
  // service areas does not ask for its outputs otherwise; not given: not written.
  const QString folder = parameterAsFileOutput( parameters, OUTPUT_FOLDER, context );

  // --- 1. the libraries: polygons into an area index in the CRS of AREAS, gemeente codes into a code hierarchy ---
  // Library i is the i-th by ascending feature id, as in the index.
  const bool librariesHaveGeometry = mLibraries->wkbType() != compat::WkbNoGeometry;
  AreaIndex libraryIndex;
  engine::CodeHierarchy gemeenten;
  std::vector<Library> libraries;
  bool anyPolygonLibrary = false;
  {
    QgsFeatureRequest request;
    if ( librariesHaveGeometry )
    {
      checkComparableCrs( *mAreas, QObject::tr( "AREAS" ), *mLibraries, QObject::tr( "LIBRARIES" ), feedback );
      request = AreaIndex::request( mAreas->sourceCrs(), context.transformContext() );
    }
    else
      request.setFlags( compat::RequestNoGeometry );
    QgsAttributeList attributes{ mLibraryNameIndex };
    if ( mGemeenteCodesIndex >= 0 )
      attributes << mGemeenteCodesIndex;
    request.setSubsetOfAttributes( attributes );
    QHash<QgsFeatureId, Library> byId;
    QHash<QString, QgsFeatureId> idByName;
    QgsFeatureIterator features = mLibraries->getFeatures( request, compat::SourceSkipGeometryValidityChecks );
    QgsFeature feature;
    while ( features.nextFeature( feature ) )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      Library library;
      library.id = feature.id();
      const QVariant name = feature.attribute( mLibraryNameIndex );
      library.name = name.isNull() ? QString() : name.toString().trimmed();
      if ( library.name.isEmpty() )
        throw QgsProcessingException( QObject::tr( "Library feature %1 of LIBRARIES has no name in the field \"%2\" (LIBRARY_NAME_FIELD); every library needs a name." )
                                          .arg( feature.id() )
                                          .arg( mLibraries->fields().at( mLibraryNameIndex ).name() ) );
      if ( idByName.contains( library.name ) )
        throw QgsProcessingException( QObject::tr( "Two libraries of LIBRARIES are named \"%1\" (features %2 and %3, field LIBRARY_NAME_FIELD); give each library a name of its own, or merge their service areas." )
                                          .arg( library.name )
                                          .arg( idByName.value( library.name ) )
                                          .arg( feature.id() ) );
      idByName.insert( library.name, feature.id() );
      if ( mGemeenteCodesIndex >= 0 && !feature.attribute( mGemeenteCodesIndex ).isNull() )
        library.gemeenteCodes = splitGemeenteCodes( feature.attribute( mGemeenteCodesIndex ).toString() );
      static const QRegularExpression gemeenteCode( QStringLiteral( "^GM\\d{4}$" ) );
      for ( const QString &code : std::as_const( library.gemeenteCodes ) )
      {
        if ( !gemeenteCode.match( code ).hasMatch() )
          throw QgsProcessingException( QObject::tr( "Library \"%1\" (feature %2) of LIBRARIES lists \"%3\" in %4, which is not a gemeente code: write GM and four digits (e.g. GM0228), separated by commas, semicolons or spaces." )
                                            .arg( library.name )
                                            .arg( feature.id() )
                                            .arg( code, GM_CODES_FIELD ) );
      }
      if ( !library.gemeenteCodes.isEmpty() )
        feature.clearGeometry(); // assigned by its codes only
      else
      {
        anyPolygonLibrary = true;
        library.outline = feature.geometry();
      }
      libraryIndex.addArea( feature );
      byId.insert( feature.id(), library );
    }
    libraryIndex.build();
    if ( anyPolygonLibrary )
      libraryIndex.reportProblems( feedback, QObject::tr( "LIBRARIES" ) );
    if ( libraryIndex.areaCount() == 0 )
      throw QgsProcessingException( QObject::tr( "LIBRARIES has no features: give one feature per library service area." ) );

    QHash<QString, QString> libraryByGemeente;
    const QList<QgsFeatureId> empty = libraryIndex.emptyIds();
    for ( int index = 0; index < libraryIndex.areaCount(); ++index )
    {
      Library library = byId.value( libraryIndex.featureId( index ) );
      if ( library.gemeenteCodes.isEmpty() && empty.contains( library.id ) )
        throw QgsProcessingException( QObject::tr( "Library \"%1\" (feature %2) of LIBRARIES has neither a service-area polygon nor gemeente codes (%3): give it one of the two, or leave it out." )
                                          .arg( library.name )
                                          .arg( library.id )
                                          .arg( GM_CODES_FIELD ) );
      for ( const QString &code : std::as_const( library.gemeenteCodes ) )
      {
        if ( libraryByGemeente.contains( code ) && libraryByGemeente.value( code ) != library.name )
          throw QgsProcessingException( QObject::tr( "The gemeente %1 is listed in %2 of both \"%3\" and \"%4\" (LIBRARIES); a gemeente belongs to one library's service area: remove it from one of them." )
                                            .arg( code, GM_CODES_FIELD, libraryByGemeente.value( code ), library.name ) );
        if ( libraryByGemeente.contains( code ) )
          continue; // listed twice by the same library
        libraryByGemeente.insert( code, library.name );
        gemeenten.addCoarse( code.toStdString(), index );
      }
      libraries.push_back( library );
    }
    if ( !libraryByGemeente.isEmpty() && mAreaCodeIndex < 0 )
      throw QgsProcessingException( QObject::tr( "AREAS has no area code field \"%1\" (AREA_CODE_FIELD), needed because LIBRARIES gives service areas as gemeente codes (%2). Choose the field with the CBS codes of the areas (e.g. statcode, buurtcode)." )
                                        .arg( mAreaCodeField, GM_CODES_FIELD ) );
    if ( !libraryByGemeente.isEmpty() )
      feedback->pushInfo( QObject::tr( "%1 gemeenten are listed in %2: their areas are assigned by the area codes in the field %3." ).arg( libraryByGemeente.size() ).arg( GM_CODES_FIELD, mAreaCodeField ) );
  }
  QStringList libraryNames;
  for ( const Library &library : libraries )
    libraryNames << library.name;
  const QStringList fileNames = uniqueFileNames( libraryNames );
  for ( std::size_t index = 0; index < libraries.size(); ++index )
    libraries[index].fileName = fileNames.at( static_cast<int>( index ) );

  // --- 2. each area into its library; the sums per library and per area -------------
  std::vector<AreaRecord> areas;
  long long inSeveral = 0, byCode = 0;
  QStringList unassignedNames;
  {
    const long long total = mAreas->featureCount();
    const double step = total > 0 ? 50.0 / static_cast<double>( total ) : 1;
    QgsFeatureIterator features = mAreas->getFeatures( QgsFeatureRequest(), compat::SourceSkipGeometryValidityChecks );
    QgsFeature feature;
    while ( features.nextFeature( feature ) )
    {
      if ( feedback->isCanceled() )
        return QVariantMap();
      feedback->setProgress( static_cast<double>( areas.size() ) * step );
      AreaRecord area;
      area.read = readAreaTotals( feature, mTotalsFields, areaDescription( feature, mAreaCodeIndex ),
                                  QObject::tr( "Use an area layer from \"Aggregate households to areas\" with MIN_COUNT 0 (keep it unpublished), or the unsuppressed areas of the full analysis; this algorithm applies MIN_COUNT to what it publishes." ) );
      if ( mAreaCodeIndex >= 0 && !feature.attribute( mAreaCodeIndex ).isNull() )
        area.library = gemeenten.coarseFor( feature.attribute( mAreaCodeIndex ).toString().trimmed().toStdString() );
      if ( area.library >= 0 )
        ++byCode;
      else if ( anyPolygonLibrary )
      {
        const engine::AreaLocator::Match match = libraryIndex.locate( householdLocation( feature.geometry().pointOnSurface() ) );
        area.library = match.area;
        if ( match.inSeveralInteriors )
          ++inSeveral;
      }
      if ( area.library < 0 && unassignedNames.size() < 20 )
        unassignedNames << areaName( feature, mAreaNameIndex, mAreaCodeIndex );
      area.feature = feature;
      areas.push_back( std::move( area ) );
    }
  }

  engine::AreaAggregationSession perArea( areas.size() );
  engine::AreaAggregationSession perLibrary( libraries.size() );
  engine::AreaTotals unassignedTotals;
  for ( std::size_t index = 0; index < areas.size(); ++index )
  {
    const AreaRecord &area = areas[index];
    perArea.addTotals( static_cast<long long>( index ), area.read.totals, area.read.hasMembership );
    if ( area.library < 0 )
    {
      perLibrary.addUnmatchedTotals( area.read.totals );
      unassignedTotals.add( area.read.totals );
    }
    else
    {
      perLibrary.addTotals( area.library, area.read.totals, area.read.hasMembership );
      ++libraries[static_cast<std::size_t>( area.library )].areaCount;
    }
  }
  const long long assigned = perLibrary.matched(), unassigned = perLibrary.unmatched();
  feedback->pushInfo( QObject::tr( "%1 of %2 areas lie in a library's service area (%3 by gemeente code, %4 by point on surface)." )
                          .arg( assigned )
                          .arg( perLibrary.read() )
                          .arg( byCode )
                          .arg( assigned - byCode ) );
  if ( inSeveral > 0 )
    feedback->pushWarning( QObject::tr( "%1 areas lie in more than one service area (overlapping polygons in LIBRARIES); each went to the library with the lowest feature id." ).arg( inSeveral ) );
  if ( unassigned > 0 )
    feedback->pushWarning( QObject::tr( "%1 areas (%2 households) lie in no service area and are in no library's figures: %3%4." )
                               .arg( unassigned )
                               .arg( perLibrary.unmatchedHouseholds() )
                               .arg( unassignedNames.join( QStringLiteral( ", " ) ) )
                               .arg( unassigned > unassignedNames.size() ? QObject::tr( " and more" ) : QString() ) );
  const bool membershipKnown = perArea.everyFineAreaHasMembership();
  if ( perArea.matchedWithMembership() > 0 && !membershipKnown )
    feedback->pushWarning( QObject::tr( "Only %1 of %2 areas have membership figures (mem_total); membership fields are left NULL." ).arg( perArea.matchedWithMembership() ).arg( perArea.matched() ) );
  engine::AggregationSettings settings;
  settings.minimumCount = mMinimumCount;
  settings.membershipKnown = membershipKnown;

  // --- 3. the areas with their library ------------------------------------------------
  QVariantMap results;
  {
    QgsFields outputFields;
    QList<int> keptIndexes;
    const QgsFields areaFields = mAreas->fields();
    for ( int index = 0; index < areaFields.count(); ++index )
    {
      if ( !schema::findOutputField( schema::areaFigureFields(), areaFields.at( index ).name() ) )
      {
        outputFields.append( areaFields.at( index ) );
        keptIndexes << index;
      }
    }
    for ( const schema::OutputField &field : schema::libraryTagFields() )
      outputFields.append( field.field() );
    for ( const QgsField &field : schema::areaFigureQgsFields() )
      outputFields.append( field );
    QString destination;
    std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT_AREAS, context, destination, outputFields, mAreas->wkbType(), mAreas->sourceCrs() ) );
    if ( !sink && isGiven( parameters.value( OUTPUT_AREAS ) ) )
      throw QgsProcessingException( invalidSinkError( parameters, OUTPUT_AREAS ) );
    for ( std::size_t index = 0; sink && index < areas.size(); ++index )
    {
      const AreaRecord &area = areas[index];
      QgsAttributes attributes;
      for ( const int kept : std::as_const( keptIndexes ) )
        attributes << area.feature.attribute( kept );
      if ( area.library >= 0 )
      {
        const Library &library = libraries[static_cast<std::size_t>( area.library )];
        attributes << library.name << QVariant( static_cast<qlonglong>( library.id ) );
      }
      else
        attributes << compat::nullValue() << compat::nullValue();
      schema::appendAreaFigures( attributes, perArea.figures( static_cast<long long>( index ), settings ) );
      QgsFeature row( outputFields, area.feature.id() );
      row.setGeometry( area.feature.geometry() );
      row.setAttributes( attributes );
      if ( !sink->addFeature( row, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT_AREAS ) );
    }
    if ( sink )
    {
      sink.reset();
      styles::styleOutput( destination, styles::OutputKind::Areas, static_cast<int>( std::min<long long>( mMinimumCount, INT_MAX ) ), context, feedback );
      results.insert( OUTPUT_AREAS, destination );
    }
  }

  // --- 4. one row per library ----------------------------------------------------------
  long long suppressedLibraries = 0;
  {
    QgsFields tableFields;
    for ( const schema::OutputField &field : schema::libraryTableFields() )
      tableFields.append( field.field() );
    for ( const QgsField &field : schema::areaFigureQgsFields() )
      tableFields.append( field );
    QString destination;
    std::unique_ptr<QgsFeatureSink> sink( parameterAsSink( parameters, OUTPUT_TABLE, context, destination, tableFields, compat::WkbNoGeometry, QgsCoordinateReferenceSystem() ) );
    if ( !sink && isGiven( parameters.value( OUTPUT_TABLE ) ) )
      throw QgsProcessingException( invalidSinkError( parameters, OUTPUT_TABLE ) );
    for ( std::size_t index = 0; index < libraries.size(); ++index )
    {
      const Library &library = libraries[index];
      const engine::AreaFigures figures = perLibrary.figures( static_cast<long long>( index ), settings );
      if ( figures.suppressed )
        ++suppressedLibraries;
      if ( !sink )
        continue;
      QgsAttributes attributes;
      attributes << library.name << QVariant( static_cast<qlonglong>( library.id ) ) << QVariant( library.areaCount );
      schema::appendAreaFigures( attributes, figures );
      QgsFeature row( tableFields );
      row.setAttributes( attributes );
      if ( !sink->addFeature( row, QgsFeatureSink::FastInsert ) )
        throw QgsProcessingException( writeFeatureError( sink.get(), parameters, OUTPUT_TABLE ) );
    }
    if ( sink )
      results.insert( OUTPUT_TABLE, destination );
  }
  results.insert( LIBRARY_COUNT, static_cast<long long>( libraries.size() ) );
  results.insert( AREAS_ASSIGNED, assigned );
  results.insert( AREAS_UNASSIGNED, unassigned );
  results.insert( UNASSIGNED_HOUSEHOLDS, perLibrary.unmatchedHouseholds() );
  results.insert( AREAS_IN_SEVERAL, inSeveral );
  results.insert( SUPPRESSED_LIBRARIES, suppressedLibraries );
  if ( folder.isEmpty() )
  {
    feedback->pushInfo( QObject::tr( "No folder for the reports (OUTPUT_FOLDER): no reports written." ) );
    feedback->setProgress( 100 );
    return results;
  }

  // --- 5. a report per library, and the index ----------------------------------------------
  QDir().mkpath( folder );
  const QDir folderDir( folder );
  QgsFields reportFields;
  reportFields.append( compat::makeField( schema::kCbsNameField, compat::FieldKind::String ) );
  reportFields.append( compat::makeField( schema::kCbsCodeField, compat::FieldKind::String ) );
  for ( const QgsField &field : schema::areaFigureQgsFields() )
    reportFields.append( field );
  const engine::AreaFigures unassignedFigures = engine::areaFigures( unassignedTotals, perLibrary.overallShare(), settings );

  html::Table table( QStringList{ QObject::tr( "Library" ), QObject::tr( "Areas" ), QObject::tr( "Households" ), QObject::tr( "Expected target households" ),
                                  QObject::tr( "95% interval" ), QObject::tr( "Member households" ), QObject::tr( "Reach" ), QObject::tr( "Not yet members" ) } );
  for ( std::size_t index = 0; index < libraries.size(); ++index )
  {
    if ( feedback->isCanceled() )
      return QVariantMap();
    feedback->setProgress( 50.0 + 50.0 * static_cast<double>( index ) / static_cast<double>( libraries.size() ) );
    const Library &library = libraries[index];
    std::unique_ptr<QgsVectorLayer> layer( QgsMemoryProviderUtils::createMemoryLayer( library.fileName, reportFields, mAreas->wkbType(), mAreas->sourceCrs() ) );
    QgsFeatureList rows;
    for ( std::size_t areaIndex = 0; areaIndex < areas.size(); ++areaIndex )
    {
      const AreaRecord &area = areas[areaIndex];
      if ( area.library != static_cast<int>( index ) )
        continue;
      QgsAttributes attributes;
      attributes << areaName( area.feature, mAreaNameIndex, mAreaCodeIndex ) << ( mAreaCodeIndex >= 0 ? area.feature.attribute( mAreaCodeIndex ) : compat::nullValue() );
      schema::appendAreaFigures( attributes, perArea.figures( static_cast<long long>( areaIndex ), settings ) );
      QgsFeature row( reportFields );
      row.setGeometry( area.feature.geometry() );
      row.setAttributes( attributes );
      rows << row;
    }
    layer->dataProvider()->addFeatures( rows );
    layer->updateExtents();

    const engine::AreaFigures figures = perLibrary.figures( static_cast<long long>( index ), settings );
    AreaReportSettings reportSettings = mReportSettings;
    reportSettings.title = QObject::tr( "Target group: %1" ).arg( library.name );
    reportSettings.backLinkUrl = QStringLiteral( "index.html" );
    reportSettings.outline = library.outline;
    reportSettings.backLinkText = QObject::tr( "← All libraries" );
    reportSettings.introduction << QObject::tr( "Service area of %1: %2" ).arg( library.name, totalsSentence( figures, library.areaCount, mMinimumCount ) );
    if ( !library.gemeenteCodes.isEmpty() )
      reportSettings.introduction << QObject::tr( "The service area is given as the gemeenten %1." ).arg( library.gemeenteCodes.join( QStringLiteral( ", " ) ) );
    const AreaReportFields fields = AreaReportFields::locate( layer->fields() );
    const std::optional<AreaReportModel> model = AreaReportModel::read( *layer, fields, QObject::tr( "%1 in the service area of %2" ).arg( mAreas->sourceName(), library.name ), reportSettings );
    if ( !model )
      return QVariantMap();
    writeAreaReport( *model, folderDir.filePath( library.fileName + QStringLiteral( ".html" ) ), folderDir.filePath( library.fileName + QStringLiteral( "_map.png" ) ),
                     context.transformContext(), nullptr );
    table.addRow( QList<html::Cell>{ html::Cell::link( library.name, library.fileName + QStringLiteral( ".html" ) ) } + figureCells( figures, library.areaCount ) );
  }
  table.addRow( QList<html::Cell>{ html::Cell::text( QObject::tr( "No service area" ) ) } + figureCells( unassignedFigures, unassigned ) );
  const engine::AreaFigures allFigures = engine::areaFigures( perArea.allMatched(), perArea.overallShare(), settings );
  table.addRow( QList<html::Cell>{ html::Cell::text( QObject::tr( "All areas" ) ) } + figureCells( allFigures, perArea.read() ), true );

  html::Document index( QObject::tr( "Target group per library" ) );
  index.addParagraph( QObject::tr( "Areas: %1 (%2 areas); libraries: %3 (%4)." )
                          .arg( mAreas->sourceName(), html::formatCount( perArea.read() ), mLibraries->sourceName(), html::formatCount( static_cast<long long>( libraries.size() ) ) ) );
  index.addTable( table );
  index.addParagraph( unassigned > 0 ? QObject::tr( "%1 areas with %2 households lie in no library's service area: %3%4." )
                                           .arg( html::formatCount( unassigned ), html::formatCount( perLibrary.unmatchedHouseholds() ), unassignedNames.join( QStringLiteral( ", " ) ),
                                                 unassigned > unassignedNames.size() ? QObject::tr( " and more" ) : QString() )
                                     : QObject::tr( "Every area lies in a library's service area." ) );
  if ( inSeveral > 0 )
    index.addParagraph( QObject::tr( "%1 areas lie in more than one service area; each is counted once, for the library with the lowest feature id in %2." ).arg( html::formatCount( inSeveral ), mLibraries->sourceName() ) );
  index.addParagraph( QObject::tr( "An area belongs to the service area that contains its point on surface, or to the library whose gemeente codes hold its code. "
                                   "Libraries and areas with fewer than %1 households are suppressed: only their household count is shown. The 95% interval is that of the expected number "
                                   "(normal approximation); the reach is the share of the expected target households that are members." )
                          .arg( html::formatCount( mMinimumCount ) ) );
  const QString indexPath = folderDir.filePath( QStringLiteral( "index.html" ) );
  index.write( indexPath );
  feedback->pushInfo( QObject::tr( "%1 library reports and the index %2 written." ).arg( libraries.size() ).arg( indexPath ) );
  feedback->setProgress( 100 );

  results.insert( OUTPUT_FOLDER, folder );
  results.insert( INDEX_HTML, indexPath );
  return results;
}

} // namespace targetgroup
