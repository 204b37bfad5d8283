// Generated from specs/jstinteractive/taobao.jst.interactive.assets.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.interactive.assets.query` (查询可配置任务素材接口). */
export interface TaobaoJstInteractiveAssetsQueryRequest {
  /** 小程序id */
  mini_app_id: string;
}

/** Response of `taobao.jst.interactive.assets.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstInteractiveAssetsQueryResponse {
  /** 可配置任务素材列表 */
  assets_list?: TaobaoJstInteractiveAssetsQueryAssetsConfig[];
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AssetsConfig` of `taobao.jst.interactive.assets.query`. */
export interface TaobaoJstInteractiveAssetsQueryAssetsConfig {
  /** 任务浮标标题，浏览商品为【浏览10秒得奖励】，观看直播为【观看30秒得奖励】，暂不支持自定义 */
  shop_comp_title?: string;
  /** 任务图标，80*80 */
  icon?: string;
  /** 直播间id，配置直播任务时必填 */
  video_id?: string;
  /** 领取任务按钮 */
  init_btn?: string;
  /** 任务标题 */
  title?: string;
  /** 待领奖按钮 */
  award_btn?: string;
  /** 任务浏览时长，商品详情页10秒，直播间30秒，暂不支持自定义 */
  duration?: string;
  /** 做任务按钮 */
  accept_btn?: string;
  /** 商品id，配置商品任务时必填 */
  item_id?: string;
  /** 任务类型，1=浏览商品，1=观看直播 */
  task_type?: Int64;
  /** 任务副标题 */
  sub_title?: string;
  /** 任务id，配置任务素材时需要 */
  task_id?: string;
  /** 任务完成按钮 */
  complete_btn?: string;
  /** 任务描述 */
  desc?: string;
}

const REQUEST_SCHEMA = {
  mini_app_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  assets_list: [
    {
      shop_comp_title: 'String',
      icon: 'String',
      video_id: 'String',
      init_btn: 'String',
      title: 'String',
      award_btn: 'String',
      duration: 'String',
      accept_btn: 'String',
      item_id: 'String',
      task_type: 'Number',
      sub_title: 'String',
      task_id: 'String',
      complete_btn: 'String',
      desc: 'String',
    },
  ],
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.interactive.assets.query`: method, response root, request and response schemas. */
export const taobaoJstInteractiveAssetsQueryOperation = {
  method: 'taobao.jst.interactive.assets.query',
  responseRoot: 'jst_interactive_assets_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询可配置任务素材接口 — calls TOP method `taobao.jst.interactive.assets.query`.
 *
 * 查询可配置任务素材列表，用以配置任务素材
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstInteractiveAssetsQuery(
  client: TopClient,
  request: TaobaoJstInteractiveAssetsQueryRequest,
  options?: CallOptions,
): Promise<TaobaoJstInteractiveAssetsQueryResponse> {
  return client.call<TaobaoJstInteractiveAssetsQueryResponse>(
    {
      method: 'taobao.jst.interactive.assets.query',
      responseRoot: 'jst_interactive_assets_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
