#!/usr/bin/env python3
"""Writes saved portal pages around the fictional qingyuan-2025 report (core's test fixture), in the shapes of
two real template families, with fictional sites, addresses and codes:

  trs-qingyuan-2025.html   a TRS WCM page (UTF-8): 索引号 table above the title, the article in
                           div.TRS_Editor > div.Custom_UnionStyle, paragraphs indented with U+3000,
                           headings as <strong>, the table, the sign-off right-aligned, 分享/打印,
                           上一篇/下一篇, a footer with 网站标识码 and ICP; the 政府网站发展指引 meta tags.
  jcms-qingyuan-2025.html  a Hanweb JCMS page (GBK, declared gb2312): the article in div#zoom, an info
                           line 发布日期/来源/字体 above it, headings as <p style="text-align:left">
                           <b>…</b>, a browser's "saved from url" comment, no canonical link.

    python3 make-pages.py ../../../../../../../../core/src/test/resources/io/github/fazhi/core/testing/fixtures/qingyuan-2025.txt
"""
import re
import sys
from xml.sax.saxutils import escape

text = open(sys.argv[1], encoding='utf-8').read().split('\n')
title = text[0]
body = [l for l in text[1:] if l.strip()]
HEADING = re.compile(r'^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+\.)')


def article(heading_tag):
    out = []
    rows = []
    for line in body:
        if '\t' in line:
            rows.append(line.split('\t'))
            continue
        if rows:
            out.append('<table border="1" cellspacing="0" cellpadding="4" align="center">')
            for r in rows:
                out.append('<tr>' + ''.join('<td>%s</td>' % escape(c) for c in r) + '</tr>')
            out.append('</table>')
            rows = []
        if HEADING.match(line):
            out.append(heading_tag % escape(line))
        elif line.endswith('办事处') or re.match(r'^20\d\d年\d+月\d+日$', line):
            out.append('<p style="text-align: right;">%s</p>' % escape(line))
        elif line.endswith('：') and len(line) < 20:
            out.append('<p>%s</p>' % escape(line))
        else:
            out.append('<p style="text-indent: 2em;">\u3000\u3000%s</p>' % escape(line))
    return '\n'.join(out)


trs = '''<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>%(title)s_清源街道_清河区人民政府门户网站</title>
<meta name="SiteName" content="清河区人民政府门户网站">
<meta name="SiteDomain" content="www.qinghe.example.gov.cn">
<meta name="SiteIDCode" content="9999000001">
<meta name="ColumnName" content="法治政府建设年度报告">
<meta name="ColumnType" content="法治政府建设年度报告">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2026-03-20 09:30">
<meta name="ContentSource" content="清河区清源街道办事处">
<meta name="Keywords" content="法治政府建设,年度报告">
<meta name="Url" content="https://www.qinghe.example.gov.cn/zwgk/fzzfjsndbg/202603/t20260320_1001.html">
<link rel="canonical" href="https://www.qinghe.example.gov.cn/zwgk/fzzfjsndbg/202603/t20260320_1001.html">
<link rel="stylesheet" href="../../../images/common.css">
<script src="../../../images/jquery.min.js"></script>
<script>var _trs_uv = "";</script>
</head>
<body>
<div class="top"><div class="logo"><a href="/">清河区人民政府门户网站</a></div>
<div class="top-links"><a href="#">无障碍</a> | <a href="#">长者模式</a> | <a href="#">English</a></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/zwfw/">政务服务</a></li><li><a href="/hdjl/">互动交流</a></li><li><a href="/zjqh/">走进清河</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/fzzfjsndbg/">法治政府建设年度报告</a></div>
<div class="xxgk_table">
<table>
<tr><td class="label">索引号：</td><td>11330100MB0000000X/2026-01001</td><td class="label">主题分类：</td><td>综合政务/政务公开</td></tr>
<tr><td class="label">发布机构：</td><td>清河区清源街道办事处</td><td class="label">成文日期：</td><td>2026-02-10</td></tr>
<tr><td class="label">名　　称：</td><td colspan="3">%(title)s</td></tr>
<tr><td class="label">文　　号：</td><td></td><td class="label">发布日期：</td><td>2026-03-20</td></tr>
</table>
</div>
<div class="article">
<h1 class="article-title">%(title)s</h1>
<div class="article-info">发布时间：2026-03-20 09:30　来源：清河区清源街道办事处　字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>　<a href="javascript:window.print()">打印本页</a></div>
<div class="article-con">
<div class="TRS_Editor"><div class="Custom_UnionStyle">
%(article)s
</div></div>
</div>
<div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a>　<span>扫一扫在手机打开当前页</span></div>
<div class="prev-next"><p>上一篇：<a href="./t20260318_999.html">清河区清源街道办事处2025年政府信息公开工作年度报告</a></p><p>下一篇：<a href="./t20260325_1011.html">清河区清源街道2026年第一季度重点工作安排</a></p></div>
<div class="close">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
</div>
<div class="footer">
<p><a href="#">网站地图</a> | <a href="#">联系我们</a> | <a href="#">隐私声明</a></p>
<p>主办：清河区人民政府办公室　承办：清河区大数据发展管理局</p>
<p>网站标识码：9999000001　<a href="#">示例ICP备00000000号</a>　<a href="#">示例公网安备 00000000000000号</a></p>
</div>
<script>document.write("");</script>
</body>
</html>
''' % {'title': escape(title), 'article': article('<p>\u3000\u3000<strong>%s</strong></p>')}

jcms = '''<!-- saved from url=(0079)http://www.qingyuan.example.gov.cn/art/2026/3/21/art_1229_4521.html -->
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>%(title)s</title>
<meta name="SiteName" content="清源街道办事处">
<meta name="ColumnName" content="法定主动公开内容">
<meta name="ArticleTitle" content="%(title)s">
<meta name="PubDate" content="2026-03-21">
<meta name="ContentSource" content="清源街道党政办">
<style type="text/css">#zoom p{line-height:2em}</style>
</head>
<body>
<table width="1000" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>
<div id="header"><img src="images/banner.jpg" alt="清源街道办事处"></div>
<div class="bt-nav"><a href="/">网站首页</a> <a href="/col/col1229/">政务公开</a> <a href="/col/col1230/">办事服务</a></div>
<table width="100%%" class="xxgk_table">
<tr><td>索 引 号：</td><td>001008-0202-2026-00012</td><td>分类：</td><td>公安、安全、司法；报告</td></tr>
<tr><td>发布机构：</td><td>清河区清源街道办事处</td><td>发文日期：</td><td>2026-02-10</td></tr>
<tr><td>名　　称：</td><td colspan="3">%(title)s</td></tr>
</table>
<table width="100%%"><tr><td class="title" align="center">%(title)s</td></tr>
<tr><td align="center">发布日期：2026-03-21　浏览次数：<span id="c">128</span>　来源：清源街道党政办　【字体：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td>
<div id="zoom">
%(article)s
</div>
</td></tr></table>
<div class="bt-share">【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</div>
<div id="footer">版权所有：清河区清源街道办事处　地址：清河区清源路1号　网站标识码：9999000002　示例ICP备00000001号</div>
</td></tr></table>
</body></html>
''' % {'title': escape(title), 'article': article('<p style="text-align:left"><b>%s</b></p>')}

open('trs-qingyuan-2025.html', 'w', encoding='utf-8').write(trs)
open('jcms-qingyuan-2025.html', 'wb').write(jcms.encode('gbk'))
