// Generated from specs/jstinteractive/taobao.jst.interactive.assets.config.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.jst.interactive.assets.config` (任务素材配置接口). */
export interface TaobaoJstInteractiveAssetsConfigRequest {
  /**
   * []
   *
   * Max list size: 999
   */
  assets_config_list?: TaobaoJstInteractiveAssetsConfigAssetsConfigInput[];
  /** 小程序id */
  mini_app_id: string;
}

/** Response of `taobao.jst.interactive.assets.config`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoJstInteractiveAssetsConfigResponse {
  /** 是否成功 */
  is_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AssetsConfig` of `taobao.jst.interactive.assets.config`. */
export interface TaobaoJstInteractiveAssetsConfigAssetsConfigInput {
  /** 做任务按钮，默认值【去完成】 */
  accept_btn?: string;
  /** 待领奖按钮，默认值【领取奖励】 */
  award_btn?: string;
  /** 任务完成按钮，默认值【已完成】 */
  complete_btn?: string;
  /** 任务描述，默认值为title */
  desc?: string;
  /** 任务图标，图片大小80x80 */
  icon: string;
  /** 领取任务按钮，默认值【领取任务】 */
  init_btn?: string;
  /** 商品id，必须为授权店铺的商品，配置商品浏览任务时必填 */
  item_id?: Int64Input;
  /** 任务副标题，默认值为title */
  sub_title?: string;
  /** 任务id */
  task_id: string;
  /** 任务标题 */
  title: string;
  /** 直播间id，必须为授权店铺的直播间，配置直播观看任务时必填 */
  video_id?: Int64Input;
}

const REQUEST_SCHEMA = {
  assets_config_list: [
    {
      accept_btn: 'String',
      award_btn: 'String',
      complete_btn: 'String',
      desc: 'String',
      icon: 'String',
      init_btn: 'String',
      item_id: 'Number',
      sub_title: 'String',
      task_id: 'String',
      title: 'String',
      video_id: 'Number',
    },
  ],
  mini_app_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  is_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.jst.interactive.assets.config`: method, response root, request and response schemas. */
export const taobaoJstInteractiveAssetsConfigOperation = {
  method: 'taobao.jst.interactive.assets.config',
  responseRoot: 'jst_interactive_assets_config_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 任务素材配置接口 — calls TOP method `taobao.jst.interactive.assets.config`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoJstInteractiveAssetsConfig(
  client: TopClient,
  request: TaobaoJstInteractiveAssetsConfigRequest,
  options?: CallOptions,
): Promise<TaobaoJstInteractiveAssetsConfigResponse> {
  return client.call<TaobaoJstInteractiveAssetsConfigResponse>(
    {
      method: 'taobao.jst.interactive.assets.config',
      responseRoot: 'jst_interactive_assets_config_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
