#include "common/profilefile.h"

#include "engine/statistics.h"

#include "targetgroupversion.h"

#include <qgsexception.h>

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>

namespace targetgroup
{

namespace
{

QString toQString( const std::string &text )
{
  return QString::fromStdString( text );
}

QString kindName( engine::FieldKind kind )
{
  return kind == engine::FieldKind::Binned ? QStringLiteral( "binned" ) : QStringLiteral( "categorical" );
}

} // namespace

QByteArray profileToJson( const engine::Profile &profile )
{
  QJsonObject root;
  root.insert( QStringLiteral( "format" ), kProfileFormatName );
  root.insert( QStringLiteral( "format_version" ), profile.formatVersion );
  root.insert( QStringLiteral( "generator" ), QStringLiteral( "targetgroup " TARGETGROUP_VERSION ) );
  root.insert( QStringLiteral( "created" ), QDateTime::currentDateTimeUtc().toString( Qt::ISODate ) );
  root.insert( QStringLiteral( "seed_expression" ), toQString( profile.seedExpression ) );
  root.insert( QStringLiteral( "base_expression" ), toQString( profile.baseExpression ) );
  root.insert( QStringLiteral( "seed_count" ), static_cast<double>( profile.seedCount ) );
  root.insert( QStringLiteral( "base_count" ), static_cast<double>( profile.baseCount ) );
  root.insert( QStringLiteral( "bins" ), profile.bins );
  root.insert( QStringLiteral( "min_cell" ), profile.minCell );
  root.insert( QStringLiteral( "prior_strength" ), profile.priorStrength );
  QJsonArray fields;
  for ( const engine::ProfileField &field : profile.fields )
  {
    QJsonObject fieldObject;
    fieldObject.insert( QStringLiteral( "name" ), toQString( field.name ) );
    fieldObject.insert( QStringLiteral( "kind" ), kindName( field.kind ) );
    fieldObject.insert( QStringLiteral( "numeric_source" ), field.numericSource );
    fieldObject.insert( QStringLiteral( "used_for_scoring" ), field.usedForScoring );
    fieldObject.insert( QStringLiteral( "scoring_weight" ), field.scoringWeight );
    QJsonArray edges;
    for ( double edge : field.binEdges )
      edges.append( edge );
    fieldObject.insert( QStringLiteral( "bin_edges" ), edges );
    QJsonArray merged;
    for ( const std::string &label : field.mergedIntoOther )
      merged.append( toQString( label ) );
    fieldObject.insert( QStringLiteral( "merged_into_other" ), merged );
    QJsonArray categories;
    for ( const engine::ProfileCategory &category : field.categories )
    {
      QJsonObject categoryObject;
      categoryObject.insert( QStringLiteral( "label" ), toQString( category.label ) );
      categoryObject.insert( QStringLiteral( "seed_n" ), static_cast<double>( category.seedCount ) );
      categoryObject.insert( QStringLiteral( "base_n" ), static_cast<double>( category.baseCount ) );
      categories.append( categoryObject );
    }
    fieldObject.insert( QStringLiteral( "categories" ), categories );
    fields.append( fieldObject );
  }
  root.insert( QStringLiteral( "fields" ), fields );
  return QJsonDocument( root ).toJson( QJsonDocument::Indented );
}

engine::Profile profileFromJson( const QByteArray &json, const QString &source )
{
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson( json, &parseError );
  if ( document.isNull() || !document.isObject() )
    throw QgsProcessingException( QObject::tr( "Profile %1 is not valid JSON (%2). Choose a .json file written by 'Build target group profile'." ).arg( source, parseError.errorString() ) );
  const QJsonObject root = document.object();
  if ( root.value( QStringLiteral( "format" ) ).toString() != kProfileFormatName )
    throw QgsProcessingException( QObject::tr( "%1 is not a targetgroup profile (its \"format\" is not \"%2\"). Choose a .json file written by 'Build target group profile'." ).arg( source, kProfileFormatName ) );
  const int version = root.value( QStringLiteral( "format_version" ) ).toInt( -1 );
  if ( version != engine::kProfileFormatVersion )
    throw QgsProcessingException( QObject::tr( "Profile %1 has format version %2, but this version of targetgroup reads format version %3. Rebuild the profile with 'Build target group profile'." ).arg( source ).arg( version ).arg( engine::kProfileFormatVersion ) );

  engine::Profile profile;
  profile.formatVersion = version;
  profile.seedExpression = root.value( QStringLiteral( "seed_expression" ) ).toString().toStdString();
  profile.baseExpression = root.value( QStringLiteral( "base_expression" ) ).toString().toStdString();
  profile.seedCount = static_cast<long long>( root.value( QStringLiteral( "seed_count" ) ).toDouble() );
  profile.baseCount = static_cast<long long>( root.value( QStringLiteral( "base_count" ) ).toDouble() );
  profile.bins = root.value( QStringLiteral( "bins" ) ).toInt( 5 );
  profile.minCell = root.value( QStringLiteral( "min_cell" ) ).toInt( 10 );
  profile.priorStrength = root.value( QStringLiteral( "prior_strength" ) ).toDouble( engine::kDefaultPriorStrength );
  if ( profile.seedCount <= 0 || profile.baseCount <= 0 )
    throw QgsProcessingException( QObject::tr( "Profile %1 has no seed or base households (seed_count %2, base_count %3); rebuild it." ).arg( source ).arg( profile.seedCount ).arg( profile.baseCount ) );

  const QJsonArray fields = root.value( QStringLiteral( "fields" ) ).toArray();
  for ( const QJsonValue &fieldValue : fields )
  {
    const QJsonObject fieldObject = fieldValue.toObject();
    engine::ProfileField field;
    field.name = fieldObject.value( QStringLiteral( "name" ) ).toString().toStdString();
    if ( field.name.empty() )
      throw QgsProcessingException( QObject::tr( "Profile %1 has a field without a name; rebuild it." ).arg( source ) );
    const QString kind = fieldObject.value( QStringLiteral( "kind" ) ).toString();
    if ( kind != QLatin1String( "binned" ) && kind != QLatin1String( "categorical" ) )
      throw QgsProcessingException( QObject::tr( "Profile %1: field '%2' has unknown kind '%3'; rebuild the profile." ).arg( source, toQString( field.name ), kind ) );
    field.kind = kind == QLatin1String( "binned" ) ? engine::FieldKind::Binned : engine::FieldKind::Categorical;
    field.numericSource = fieldObject.value( QStringLiteral( "numeric_source" ) ).toBool();
    field.usedForScoring = fieldObject.value( QStringLiteral( "used_for_scoring" ) ).toBool( true );
    field.scoringWeight = fieldObject.value( QStringLiteral( "scoring_weight" ) ).toDouble( 1.0 );
    const QJsonArray edges = fieldObject.value( QStringLiteral( "bin_edges" ) ).toArray();
    for ( const QJsonValue &edge : edges )
      field.binEdges.push_back( edge.toDouble() );
    const QJsonArray merged = fieldObject.value( QStringLiteral( "merged_into_other" ) ).toArray();
    for ( const QJsonValue &label : merged )
      field.mergedIntoOther.push_back( label.toString().toStdString() );
    const QJsonArray categories = fieldObject.value( QStringLiteral( "categories" ) ).toArray();
    for ( const QJsonValue &categoryValue : categories )
    {
      const QJsonObject categoryObject = categoryValue.toObject();
      engine::ProfileCategory category;
      category.label = categoryObject.value( QStringLiteral( "label" ) ).toString().toStdString();
      category.seedCount = static_cast<long long>( categoryObject.value( QStringLiteral( "seed_n" ) ).toDouble() );
      category.baseCount = static_cast<long long>( categoryObject.value( QStringLiteral( "base_n" ) ).toDouble() );
      field.categories.push_back( category );
    }
    profile.fields.push_back( std::move( field ) );
  }
  return profile;
}

void writeProfileFile( const engine::Profile &profile, const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate ) )
    throw QgsProcessingException( QObject::tr( "Could not write the profile to %1: %2" ).arg( path, file.errorString() ) );
  const QByteArray json = profileToJson( profile );
  if ( file.write( json ) != json.size() )
    throw QgsProcessingException( QObject::tr( "Could not write the profile to %1: %2" ).arg( path, file.errorString() ) );
}

engine::Profile readProfileFile( const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::ReadOnly ) )
    throw QgsProcessingException( QObject::tr( "Could not open the profile %1: %2. Give the .json file written by 'Build target group profile'." ).arg( path, file.errorString() ) );
  return profileFromJson( file.readAll(), path );
}

} // namespace targetgroup
