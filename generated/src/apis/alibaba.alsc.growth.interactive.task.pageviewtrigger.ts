// Generated from specs/alsc/alibaba.alsc.growth.interactive.task.pageviewtrigger.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.alsc.growth.interactive.task.pageviewtrigger` (浏览打点接口). */
export interface AlibabaAlscGrowthInteractiveTaskPageviewtriggerRequest {
  /** 打点入参 */
  page_view_request?: AlibabaAlscGrowthInteractiveTaskPageviewtriggerPageViewRequestInput;
}

/** Response of `alibaba.alsc.growth.interactive.task.pageviewtrigger`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAlscGrowthInteractiveTaskPageviewtriggerResponse {
  /** 打点返回 */
  result?: AlibabaAlscGrowthInteractiveTaskPageviewtriggerBaseResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PageViewRequest` of `alibaba.alsc.growth.interactive.task.pageviewtrigger`. */
export interface AlibabaAlscGrowthInteractiveTaskPageviewtriggerPageViewRequestInput {
  /** 账号转换方案 当不传的时候，不做账号转换 */
  account_plan?: string;
  /** 行为编码 */
  action_code: string;
  /** 是否是支付宝三方小程序 */
  alipay_third_mini_program?: boolean;
  /** 业务场景 */
  biz_scene?: string;
  /** 渠道 */
  channel?: string;
  /** 城市id */
  city_id?: string;
  /** 端来源 */
  client?: string;
  /** 端用户类型 */
  client_user_type?: string;
  /** 任务集id */
  collection_id: string;
  /** 扩展参数 */
  ext_info?: string;
  /** 纬度 */
  latitude?: string;
  /** 经度 */
  longitude?: string;
  /** 风控token */
  meet_result_token?: string;
  /** 是否是小程序 */
  mini_app?: boolean;
  /** 任务id */
  mission_id: string;
  /** 任务xid */
  mission_x_id: string;
  /** 页面来源 如果任务后台配置了，则需要填，不然任务推进不了 */
  page_from?: string;
  /** 请求id */
  request_id?: string;
  /** shareId */
  share_id?: string;
  /** 是否同步 */
  sync: boolean;
  /** 微信）风控参数 */
  ua?: string;
  /** 微信）风控参数 */
  umi_token?: string;
  /** 微信）风控参数 */
  union_id?: string;
  /** 用户id */
  user_id: string;
  /** 浏览时间 如果任务后台配置了，则需要填，不然任务推进不了。 */
  view_time?: string;
  /** 用户id类型 账号类型，0表示淘宝账号，25表示饿了么账号 */
  user_id_type: string;
}

/** `BaseResponse` of `alibaba.alsc.growth.interactive.task.pageviewtrigger`. */
export interface AlibabaAlscGrowthInteractiveTaskPageviewtriggerBaseResponse {
  /** 返回编码 0代表成功 */
  code?: string;
  /** 返回信息 */
  msg?: string;
  /** 是否打点成功 */
  success?: boolean;
}

const REQUEST_SCHEMA = {
  page_view_request: {
    account_plan: 'String',
    action_code: 'String',
    alipay_third_mini_program: 'Boolean',
    biz_scene: 'String',
    channel: 'String',
    city_id: 'String',
    client: 'String',
    client_user_type: 'String',
    collection_id: 'String',
    ext_info: 'String',
    latitude: 'String',
    longitude: 'String',
    meet_result_token: 'String',
    mini_app: 'Boolean',
    mission_id: 'String',
    mission_x_id: 'String',
    page_from: 'String',
    request_id: 'String',
    share_id: 'String',
    sync: 'Boolean',
    ua: 'String',
    umi_token: 'String',
    union_id: 'String',
    user_id: 'String',
    view_time: 'String',
    user_id_type: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    msg: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.alsc.growth.interactive.task.pageviewtrigger`: method, response root, request and response schemas. */
export const alibabaAlscGrowthInteractiveTaskPageviewtriggerOperation = {
  method: 'alibaba.alsc.growth.interactive.task.pageviewtrigger',
  responseRoot: 'alibaba_alsc_growth_interactive_task_pageviewtrigger_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 浏览打点接口 — calls TOP method `alibaba.alsc.growth.interactive.task.pageviewtrigger`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAlscGrowthInteractiveTaskPageviewtrigger(
  client: TopClient,
  request: AlibabaAlscGrowthInteractiveTaskPageviewtriggerRequest = {},
  options?: CallOptions,
): Promise<AlibabaAlscGrowthInteractiveTaskPageviewtriggerResponse> {
  return client.call<AlibabaAlscGrowthInteractiveTaskPageviewtriggerResponse>(
    {
      method: 'alibaba.alsc.growth.interactive.task.pageviewtrigger',
      responseRoot: 'alibaba_alsc_growth_interactive_task_pageviewtrigger_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
