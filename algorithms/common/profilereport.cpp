#include "common/profilereport.h"

#include <qgsexception.h>

#include <QFile>
#include <QObject>

#include <algorithm>
#include <cmath>

namespace targetgroup
{

namespace
{

//! The quadrant's name in the user's language (the table keeps the English code).
QString quadrantLabel( engine::Quadrant quadrant )
{
  switch ( quadrant )
  {
  case engine::Quadrant::Core:
    return QObject::tr( "core" );
  case engine::Quadrant::Developmental:
    return QObject::tr( "developmental" );
  case engine::Quadrant::Niche:
    return QObject::tr( "niche" );
  case engine::Quadrant::Other:
    break;
  }
  return QObject::tr( "other" );
}

QString escaped( const std::string &text )
{
  return QString::fromStdString( text ).toHtmlEscaped();
}

QString number( double value, int decimals )
{
  return std::isfinite( value ) ? QString::number( value, 'f', decimals ) : QStringLiteral( "–" );
}

//! Horizontal bars of the index per category, whiskers for the 95% interval,
//! a reference line at 100. Inline SVG: no scripts, no external files.
QString indexChartSvg( const std::vector<const engine::CategorySummary *> &rows )
{
  const int labelWidth = 190;
  const int chartWidth = 360;
  const int rowHeight = 22;
  double maximum = 200;
  for ( const engine::CategorySummary *row : rows )
  {
    if ( std::isfinite( row->index.high ) )
      maximum = std::max( maximum, std::min( row->index.high, 1000.0 ) );
  }
  auto x = [&]( double index )
  { return labelWidth + chartWidth * std::min( index, maximum ) / maximum; };
  const int height = static_cast<int>( rows.size() ) * rowHeight + 24;
  QString svg = QStringLiteral( "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" role=\"img\">" ).arg( labelWidth + chartWidth + 70 ).arg( height );
  int y = 4;
  for ( const engine::CategorySummary *row : rows )
  {
    const QString colour = row->index.significant ? ( row->index.index >= 100 ? QStringLiteral( "#2166ac" ) : QStringLiteral( "#b2182b" ) ) : QStringLiteral( "#999999" );
    svg += QStringLiteral( "<text x=\"%1\" y=\"%2\" font-size=\"12\" text-anchor=\"end\">%3</text>" ).arg( labelWidth - 6 ).arg( y + 14 ).arg( escaped( row->label ) );
    if ( std::isfinite( row->index.index ) )
    {
      svg += QStringLiteral( "<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"14\" fill=\"%4\"/>" ).arg( labelWidth ).arg( y + 3 ).arg( x( row->index.index ) - labelWidth, 0, 'f', 1 ).arg( colour );
      svg += QStringLiteral( "<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" stroke=\"#000\" stroke-width=\"1.5\"/>" ).arg( x( row->index.low ), 0, 'f', 1 ).arg( x( row->index.high ), 0, 'f', 1 ).arg( y + 10 );
      svg += QStringLiteral( "<text x=\"%1\" y=\"%2\" font-size=\"11\">%3</text>" ).arg( labelWidth + chartWidth + 6 ).arg( y + 14 ).arg( number( row->index.index, 0 ) );
    }
    y += rowHeight;
  }
  svg += QStringLiteral( "<line x1=\"%1\" x2=\"%1\" y1=\"0\" y2=\"%2\" stroke=\"#333\" stroke-dasharray=\"4 3\"/>" ).arg( x( 100 ), 0, 'f', 1 ).arg( y );
  svg += QStringLiteral( "<text x=\"%1\" y=\"%2\" font-size=\"11\" text-anchor=\"middle\">100</text>" ).arg( x( 100 ), 0, 'f', 1 ).arg( y + 14 );
  svg += QLatin1String( "</svg>" );
  return svg;
}

QString categoryTable( const std::vector<const engine::CategorySummary *> &rows, bool withField )
{
  QString html = QStringLiteral( "<table><tr>" );
  if ( withField )
    html += QObject::tr( "<th>Field</th>" );
  html += QObject::tr( "<th>Category</th><th>Seed n</th><th>Seed %</th><th>Base n</th><th>Base %</th><th>Index</th><th>95% interval</th><th>Quadrant</th></tr>" );
  for ( const engine::CategorySummary *row : rows )
  {
    html += QStringLiteral( "<tr%1>" ).arg( row->index.significant ? QStringLiteral( " class=\"significant\"" ) : QString() );
    if ( withField )
      html += QStringLiteral( "<td>%1</td>" ).arg( escaped( row->fieldName ) );
    html += QStringLiteral( "<td>%1</td><td class=\"n\">%2</td><td class=\"n\">%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td><td class=\"n\">%6</td><td class=\"n\">%7 – %8</td><td>%9</td></tr>" )
                // one multi-argument arg(): a label holding "%2" must stay as it is
                .arg( escaped( row->label ), QString::number( row->seedCount ), number( row->seedPercent, 1 ), QString::number( row->baseCount ),
                      number( row->basePercent, 1 ), number( row->index.index, 0 ), number( row->index.low, 0 ), number( row->index.high, 0 ),
                      quadrantLabel( row->quadrant ) );
  }
  html += QLatin1String( "</table>" );
  return html;
}

} // namespace

QString profileReportHtml( const engine::Profile &profile, const std::vector<engine::CategorySummary> &summaries, const QString &sourceName )
{
  //: HTML language code of the report
  QString html = QStringLiteral( "<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>" ).arg( QObject::tr( "en" ), QObject::tr( "Target group profile" ) );
  html += QLatin1String( "<style>body{font-family:sans-serif;max-width:60em;margin:1em auto;color:#222}"
                         "table{border-collapse:collapse;margin:.5em 0 1.5em}td,th{border:1px solid #ccc;padding:2px 6px}"
                         "td.n{text-align:right}tr.significant td{font-weight:bold}h2{border-bottom:1px solid #ccc}</style></head><body>" );
  html += QStringLiteral( "<h1>%1</h1>" ).arg( QObject::tr( "Target group profile" ) );
  html += QStringLiteral( "<p>%1</p>" ).arg( QObject::tr( "Layer: %1" ).arg( sourceName.toHtmlEscaped() ) );
  html += QStringLiteral( "<table><tr><th>%1</th><td>%2</td><td>%3</td></tr><tr><th>%4</th><td>%5</td><td>%6</td></tr></table>" )
              .arg( QObject::tr( "Seed households" ), QString::number( profile.seedCount ), escaped( profile.seedExpression ), QObject::tr( "Comparison base" ),
                    QString::number( profile.baseCount ), profile.baseExpression.empty() ? QObject::tr( "all households" ) : escaped( profile.baseExpression ) );
  html += QStringLiteral( "<p>%1</p>" ).arg( QObject::tr( "Index 100 = the same share as in the comparison base. Bars show the index, black lines its 95% interval; "
                                                          "blue = significantly over-represented, red = significantly under-represented, grey = not significant. "
                                                          "Categories with fewer than %1 seed or base households are merged into \"(other)\"." )
                                                 .arg( profile.minCell ) );

  html += QStringLiteral( "<h2>%1</h2>" ).arg( QObject::tr( "Profile fields (used for scoring)" ) );
  for ( const engine::ProfileField &field : profile.fields )
  {
    if ( !field.usedForScoring )
      continue;
    std::vector<const engine::CategorySummary *> rows;
    for ( const engine::CategorySummary &summary : summaries )
    {
      if ( summary.fieldName == field.name )
        rows.push_back( &summary );
    }
    html += QStringLiteral( "<h3>%1</h3>" ).arg( escaped( field.name ) );
    html += indexChartSvg( rows );
    html += categoryTable( rows, false );
  }

  std::vector<const engine::CategorySummary *> softRows;
  for ( const engine::CategorySummary &summary : summaries )
  {
    if ( !summary.usedForScoring )
      softRows.push_back( &summary );
  }
  if ( !softRows.empty() )
  {
    std::stable_sort( softRows.begin(), softRows.end(), []( const engine::CategorySummary *a, const engine::CategorySummary *b )
                      {
      const double left = std::isfinite( a->index.index ) ? a->index.index : -1;
      const double right = std::isfinite( b->index.index ) ? b->index.index : -1;
      return left > right; } );
    html += QStringLiteral( "<h2>%1</h2>" ).arg( QObject::tr( "Soft characteristics (sorted by index)" ) );
    html += QStringLiteral( "<p>%1</p>" ).arg( QObject::tr( "Interests, media and buying behaviour that set the seed apart: use the high ones to reach and hold the target group." ) );
    html += indexChartSvg( softRows );
    html += categoryTable( softRows, true );
  }
  html += QLatin1String( "</body></html>\n" );
  return html;
}

void writeProfileReport( const engine::Profile &profile, const std::vector<engine::CategorySummary> &summaries, const QString &sourceName, const QString &path )
{
  QFile file( path );
  if ( !file.open( QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text ) )
    throw QgsProcessingException( QObject::tr( "Could not write the report to %1: %2" ).arg( path, file.errorString() ) );
  const QByteArray bytes = profileReportHtml( profile, summaries, sourceName ).toUtf8();
  if ( file.write( bytes ) != bytes.size() )
    throw QgsProcessingException( QObject::tr( "Could not write the report to %1: %2" ).arg( path, file.errorString() ) );
}

} // namespace targetgroup
