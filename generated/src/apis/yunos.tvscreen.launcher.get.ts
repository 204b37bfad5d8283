// Generated from specs/ott/yunos.tvscreen.launcher.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `yunos.tvscreen.launcher.get` (一体机桌面). */
export interface YunosTvscreenLauncherGetRequest {
  /** 设备属性 */
  property: string;
  /** IP来源 */
  ip: string;
}

/** Response of `yunos.tvscreen.launcher.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface YunosTvscreenLauncherGetResponse {
  /** headers */
  headers?: string | Record<string, unknown>;
  /** model */
  model?: YunosTvscreenLauncherGetLauncherDo;
  /** 状态码 */
  http_status_code?: Int64;
  /** 业务扩展 */
  biz_ext_map?: string | Record<string, unknown>;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `LauncherDo` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetLauncherDo {
  /** 桌面坑位 */
  items?: YunosTvscreenLauncherGetItems[];
  /** 设备属性 */
  property?: YunosTvscreenLauncherGetPropertyDo;
  /** 桌面配置 */
  version?: YunosTvscreenLauncherGetVersionDo;
}

/** `Items` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetItems {
  /** 坑位号 */
  position?: Int64;
  /** 动画类型 */
  anime_type?: string;
  /** 主标题 */
  main_title?: string;
  /** 便签按钮 */
  note_btns?: YunosTvscreenLauncherGetNotebtns[];
  /** 爆米花图 */
  pic_pops?: string[];
  /** 前景图标 */
  pic_url1?: string;
  /** 动画图标 */
  pic_url2?: string;
  /** 背景图标 */
  pic_url?: string;
  /** 角标图 */
  pic_corner?: YunosTvscreenLauncherGetPicCornerDo;
  /** 摘要看点 */
  summary?: string;
  /** 坑位类型 */
  type?: string;
  /** 坑位名称 */
  name?: string;
  /** 内容坑位ID */
  id?: Int64;
  /** 坑位列表 */
  item_list?: YunosTvscreenLauncherGetItemlist[];
  /** 轮询时间 */
  cycle_time?: Int64;
  /** 坑位校验码 */
  verify_code?: string;
  /** 展示方式 */
  display_type?: string;
  /** 桌面坑位ID */
  item_id?: Int64;
  /** 功能入口 */
  entry?: YunosTvscreenLauncherGetItemEntryDo;
  /** 标题图 */
  pic_title?: string;
  /** 排行榜 */
  chart?: YunosTvscreenLauncherGetMetaChartDo;
  /** 类目入口 */
  entry_list?: YunosTvscreenLauncherGetEntrylist2[];
  /** 行为扩展 */
  extra?: string;
  /** 跳转行为 */
  action?: string;
  /** 轮播频道ID */
  channel_id?: Int64;
  /** 显示方式 */
  show_type?: string;
  /** 副标题 */
  sub_titles?: string[];
  /** 入口风格 */
  entry_style?: Int64;
  /** 背景图标 */
  pic_map?: string;
  /** 待推荐主题 */
  rule_ids?: string[];
  /** 推荐主题 */
  rule_id?: Int64;
  /** 推荐场景 */
  rec_app_id?: Int64;
  /** 推荐类型,0:运营自主推荐,1:纯个性化推荐,2:主题个性化推荐 */
  rec_type?: Int64;
}

/** `Notebtns` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetNotebtns {
  /** 便签类型 */
  type?: string;
  /** 便签名称 */
  name?: string;
  /** 排序 */
  sort?: Int64;
}

/** `PicCornerDo` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetPicCornerDo {
  /** 角标类型 */
  type?: string;
  /** 角标地址 */
  url?: string;
  /** 角标文案 */
  text?: string;
}

/** `Itemlist` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetItemlist {
  /** 坑位ID */
  id?: Int64;
  /** 坑位名称 */
  name?: string;
  /** 坑位类型 */
  type?: string;
  /** 摘要看点 */
  summary?: string;
  /** 角标图 */
  pic_corner?: YunosTvscreenLauncherGetPicCornerDo;
  /** 背景图标 */
  pic_url?: string;
  /** 动画图标 */
  pic_url2?: string;
  /** 前景图标 */
  pic_url1?: string;
  /** 爆米花图 */
  pic_pops?: string[];
  /** 便签按钮 */
  note_btns?: YunosTvscreenLauncherGetNotebtns2[];
  /** 主标题 */
  main_title?: string;
  /** 动画类型 */
  anime_type?: string;
  /** 功能入口 */
  entry?: YunosTvscreenLauncherGetItemEntryDo;
  /** 排行榜 */
  chart?: YunosTvscreenLauncherGetMetaChartDo;
  /** 类目入口 */
  entry_list?: YunosTvscreenLauncherGetEntrylist[];
  /** 行为扩展 */
  extra?: string;
  /** 跳转行为 */
  action?: string;
  /** picTitle */
  pic_title?: string;
  /** 轮播频道ID */
  channel_id?: Int64;
  /** 显示方式 */
  show_type?: string;
  /** 坑位号 */
  position?: Int64;
  /** 桌面坑位ID */
  item_id?: Int64;
  /** 展示方式 */
  display_type?: string;
  /** 坑位校验码 */
  verify_code?: string;
  /** 副标题 */
  sub_titles?: string[];
  /** 入口风格 */
  entry_style?: Int64;
  /** 背景图标 */
  pic_map?: string;
  /** 待推荐主题 */
  rule_ids?: string[];
  /** 推荐主题 */
  rule_id?: Int64;
  /** 推荐场景 */
  rec_app_id?: Int64;
  /** 推荐类型,0:运营自主推荐,1:纯个性化推荐,2:主题个性化推荐 */
  rec_type?: Int64;
}

/** `Notebtns` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetNotebtns2 {
  /** 排序 */
  sort?: Int64;
  /** 便签名称 */
  name?: string;
  /** 便签类型 */
  type?: string;
}

/** `ItemEntryDo` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetItemEntryDo {
  /** 行为扩展 */
  extra?: string;
  /** 跳转行为 */
  action?: string;
  /** 排序 */
  sort?: Int64;
  /** 入口图标 */
  pic_url?: string;
  /** 入口名称 */
  name?: string;
  /** 入口ID */
  id?: Int64;
}

/** `MetaChartDo` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetMetaChartDo {
  /** 排行标题 */
  titles?: string[];
  /** 排行类型 */
  type?: string;
}

/** `Entrylist` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetEntrylist {
  /** 入口ID */
  id?: Int64;
  /** 入口名称 */
  name?: string;
  /** 入口图标 */
  pic_url?: string;
  /** 排序 */
  sort?: Int64;
  /** 跳转行为 */
  action?: string;
  /** 行为扩展 */
  extra?: string;
}

/** `Entrylist` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetEntrylist2 {
  /** 行为扩展 */
  extra?: string;
  /** 跳转行为 */
  action?: string;
  /** 排序 */
  sort?: Int64;
  /** 入口图标 */
  pic_url?: string;
  /** 入口名称 */
  name?: string;
  /** 入口ID */
  id?: Int64;
}

/** `PropertyDo` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetPropertyDo {
  /** 属性键值对 */
  data?: string;
  /** 属性校验码 */
  verify_code?: string;
}

/** `VersionDo` of `yunos.tvscreen.launcher.get`. */
export interface YunosTvscreenLauncherGetVersionDo {
  /** 图标规格 */
  entry_size?: Int64;
  /** 桌面标识 */
  launcher_code?: string;
  /** 桌面名称 */
  name?: string;
  /** 桌面ID */
  id?: Int64;
}

const REQUEST_SCHEMA = {
  property: 'String',
  ip: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  headers: 'Json',
  model: {
    items: [
      {
        position: 'Number',
        anime_type: 'String',
        main_title: 'String',
        note_btns: [
          {
            type: 'String',
            name: 'String',
            sort: 'Number',
          },
        ],
        pic_pops: ['String'],
        pic_url1: 'String',
        pic_url2: 'String',
        pic_url: 'String',
        pic_corner: {
          type: 'String',
          url: 'String',
          text: 'String',
        },
        summary: 'String',
        type: 'String',
        name: 'String',
        id: 'Number',
        item_list: [
          {
            id: 'Number',
            name: 'String',
            type: 'String',
            summary: 'String',
            pic_corner: {
              type: 'String',
              url: 'String',
              text: 'String',
            },
            pic_url: 'String',
            pic_url2: 'String',
            pic_url1: 'String',
            pic_pops: ['String'],
            note_btns: [
              {
                sort: 'Number',
                name: 'String',
                type: 'String',
              },
            ],
            main_title: 'String',
            anime_type: 'String',
            entry: {
              extra: 'String',
              action: 'String',
              sort: 'Number',
              pic_url: 'String',
              name: 'String',
              id: 'Number',
            },
            chart: {
              titles: ['String'],
              type: 'String',
            },
            entry_list: [
              {
                id: 'Number',
                name: 'String',
                pic_url: 'String',
                sort: 'Number',
                action: 'String',
                extra: 'String',
              },
            ],
            extra: 'String',
            action: 'String',
            pic_title: 'String',
            channel_id: 'Number',
            show_type: 'String',
            position: 'Number',
            item_id: 'Number',
            display_type: 'String',
            verify_code: 'String',
            sub_titles: ['String'],
            entry_style: 'Number',
            pic_map: 'String',
            rule_ids: ['String'],
            rule_id: 'Number',
            rec_app_id: 'Number',
            rec_type: 'Number',
          },
        ],
        cycle_time: 'Number',
        verify_code: 'String',
        display_type: 'String',
        item_id: 'Number',
        entry: {
          extra: 'String',
          action: 'String',
          sort: 'Number',
          pic_url: 'String',
          name: 'String',
          id: 'Number',
        },
        pic_title: 'String',
        chart: {
          titles: ['String'],
          type: 'String',
        },
        entry_list: [
          {
            extra: 'String',
            action: 'String',
            sort: 'Number',
            pic_url: 'String',
            name: 'String',
            id: 'Number',
          },
        ],
        extra: 'String',
        action: 'String',
        channel_id: 'Number',
        show_type: 'String',
        sub_titles: ['String'],
        entry_style: 'Number',
        pic_map: 'String',
        rule_ids: ['String'],
        rule_id: 'Number',
        rec_app_id: 'Number',
        rec_type: 'Number',
      },
    ],
    property: {
      data: 'String',
      verify_code: 'String',
    },
    version: {
      entry_size: 'Number',
      launcher_code: 'String',
      name: 'String',
      id: 'Number',
    },
  },
  http_status_code: 'Number',
  biz_ext_map: 'Json',
} as const satisfies ObjectSchema;

/** Static description of `yunos.tvscreen.launcher.get`: method, response root, request and response schemas. */
export const yunosTvscreenLauncherGetOperation = {
  method: 'yunos.tvscreen.launcher.get',
  responseRoot: 'yunos_tvscreen_launcher_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 一体机桌面 — calls TOP method `yunos.tvscreen.launcher.get`.
 *
 * LCTS一体机桌面后台,提供基于运营坑位适配的桌面服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function yunosTvscreenLauncherGet(
  client: TopClient,
  request: YunosTvscreenLauncherGetRequest,
  options?: CallOptions,
): Promise<YunosTvscreenLauncherGetResponse> {
  return client.call<YunosTvscreenLauncherGetResponse>(
    {
      method: 'yunos.tvscreen.launcher.get',
      responseRoot: 'yunos_tvscreen_launcher_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
