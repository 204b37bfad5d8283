// Generated from specs/interact/alibaba.interact.activity.register.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.interact.activity.register` (ISV互动应用活动注册服务). */
export interface AlibabaInteractActivityRegisterRequest {
  /** 页面内容链接，仅允许ascii字符 */
  entry_url: string;
  /** 活动ID */
  biz_id: string;
  /** 活动描述文字 */
  description?: string;
  /** 活动结束时间 */
  end_time?: DateInput;
  /** 活动名称 */
  name: string;
  /** 活动封面图片（非必填） */
  picture?: string;
  /** 活动开始时间 */
  start_time?: DateInput;
  /** 是否有有效时间，若为真开始时间和结束时间必填，默认为真 */
  has_valid_time: boolean;
}

/** Response of `alibaba.interact.activity.register`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaInteractActivityRegisterResponse {
  /** 活动注册成功，将活动注册后的ID和h5链接返回给调用方 */
  register_sucess_info?: AlibabaInteractActivityRegisterAllsparkResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AllsparkResult` of `alibaba.interact.activity.register`. */
export interface AlibabaInteractActivityRegisterAllsparkResult {
  /** 出错提示 */
  err_msg?: string;
  /** 出错代码 */
  err_code?: string;
  /** 服务结果对象 */
  data?: AlibabaInteractActivityRegisterActivityWriteResult;
  /** 是否注册成功 */
  success?: boolean;
}

/** `ActivityWriteResult` of `alibaba.interact.activity.register`. */
export interface AlibabaInteractActivityRegisterActivityWriteResult {
  /** 注册成功ID */
  activity_id?: Int64;
  /** 活动页面h5链接 */
  h5_url?: string;
}

const REQUEST_SCHEMA = {
  entry_url: 'String',
  biz_id: 'String',
  description: 'String',
  end_time: 'Date',
  name: 'String',
  picture: 'String',
  start_time: 'Date',
  has_valid_time: 'Boolean',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  register_sucess_info: {
    err_msg: 'String',
    err_code: 'String',
    data: {
      activity_id: 'Number',
      h5_url: 'String',
    },
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.interact.activity.register`: method, response root, request and response schemas. */
export const alibabaInteractActivityRegisterOperation = {
  method: 'alibaba.interact.activity.register',
  responseRoot: 'alibaba_interact_activity_register_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * ISV互动应用活动注册服务 — calls TOP method `alibaba.interact.activity.register`.
 *
 * 为支持卖家由ISV互动应用可以在手淘店铺首页透出，提供ISV互动应用创建的活动注册到手淘的服务
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaInteractActivityRegister(
  client: TopClient,
  request: AlibabaInteractActivityRegisterRequest,
  options?: CallOptions,
): Promise<AlibabaInteractActivityRegisterResponse> {
  return client.call<AlibabaInteractActivityRegisterResponse>(
    {
      method: 'alibaba.interact.activity.register',
      responseRoot: 'alibaba_interact_activity_register_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
