// Generated from specs/drugtrace/alibaba.cfda.xtpt.app.accept.info.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.cfda.xtpt.app.accept.info` (协同平台数据下行接口). */
export interface AlibabaCfdaXtptAppAcceptInfoRequest {
  /** 接入系统唯一标识，由协同平台分配 */
  app_id?: string;
  /** 传输流水号（uuid) */
  process_id?: string;
  /** 事件编号（uuid） */
  event_id: string;
  /** 事件类型，10：基础信息数据子集 ； 20：应用信息数据子集 */
  event_type?: string;
  /** 事件子类型 */
  sub_type: string;
  /** 统一社会信用代码 */
  usc_id?: string;
  /** 文件内容 zip压缩+base64转码 */
  data: string;
  /** 时间戳，yyyy-MM-dd HH:mm:ss */
  tiemstamp?: string;
}

/** Response of `alibaba.cfda.xtpt.app.accept.info`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaCfdaXtptAppAcceptInfoResponse {
  /** 接口返回model */
  result?: AlibabaCfdaXtptAppAcceptInfoResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `alibaba.cfda.xtpt.app.accept.info`. */
export interface AlibabaCfdaXtptAppAcceptInfoResult {
  /** 消息编码 */
  msg_code?: string;
  /** 是否成功 */
  success?: boolean;
  /** 结果信息 */
  msg_info?: string;
}

const REQUEST_SCHEMA = {
  app_id: 'String',
  process_id: 'String',
  event_id: 'String',
  event_type: 'String',
  sub_type: 'String',
  usc_id: 'String',
  data: 'String',
  tiemstamp: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    msg_code: 'String',
    success: 'Boolean',
    msg_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.cfda.xtpt.app.accept.info`: method, response root, request and response schemas. */
export const alibabaCfdaXtptAppAcceptInfoOperation = {
  method: 'alibaba.cfda.xtpt.app.accept.info',
  responseRoot: 'alibaba_cfda_xtpt_app_accept_info_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 协同平台数据下行接口 — calls TOP method `alibaba.cfda.xtpt.app.accept.info`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaCfdaXtptAppAcceptInfo(
  client: TopClient,
  request: AlibabaCfdaXtptAppAcceptInfoRequest,
  options?: CallOptions,
): Promise<AlibabaCfdaXtptAppAcceptInfoResponse> {
  return client.call<AlibabaCfdaXtptAppAcceptInfoResponse>(
    {
      method: 'alibaba.cfda.xtpt.app.accept.info',
      responseRoot: 'alibaba_cfda_xtpt_app_accept_info_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
