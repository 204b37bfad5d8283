// Generated from specs/xiamitrace/xiami.content.resource.action.report.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `xiami.content.resource.action.report` (曲库开放平台内容行为上报接口). */
export interface XiamiContentResourceActionReportRequest {
  /** 资源ID */
  resource_id: string;
  /** 行为数量 */
  num?: Int64Input;
  /** 行为类型（可枚举）：LISTEN（主动试听）、PASSIVE_LISTEN（被动试听） */
  action: string;
  /** 资源类型（可枚举）: song(歌曲) */
  resource_type: string;
  /** 来源id，如歌单id */
  from_id?: string;
  /** 1推荐2歌单3标签 */
  from_type?: Int64Input;
  /** 用户id */
  open_id?: string;
  /** 用户设备id */
  utdid?: string;
  /** 扩展信息 */
  extra?: string;
  /** 音频id */
  relation_id?: string;
  /** 关联类型（如音频） */
  relation_type?: string;
}

/** Response of `xiami.content.resource.action.report`: TOP returns only requested, non-null fields, so all are optional. */
export interface XiamiContentResourceActionReportResponse {
  /** 上报结果: true(成功), false(失败) */
  result?: boolean;
  /** 返回结果码 */
  result_code?: XiamiContentResourceActionReportResultCode;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `ResultCode` of `xiami.content.resource.action.report`. */
export interface XiamiContentResourceActionReportResultCode {
  /** result message */
  msg?: string;
  /** result code */
  code?: Int64;
}

const REQUEST_SCHEMA = {
  resource_id: 'String',
  num: 'Number',
  action: 'String',
  resource_type: 'String',
  from_id: 'String',
  from_type: 'Number',
  open_id: 'String',
  utdid: 'String',
  extra: 'String',
  relation_id: 'String',
  relation_type: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: 'Boolean',
  result_code: {
    msg: 'String',
    code: 'Number',
  },
} as const satisfies ObjectSchema;

/** Static description of `xiami.content.resource.action.report`: method, response root, request and response schemas. */
export const xiamiContentResourceActionReportOperation = {
  method: 'xiami.content.resource.action.report',
  responseRoot: 'xiami_content_resource_action_report_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 曲库开放平台内容行为上报接口 — calls TOP method `xiami.content.resource.action.report`.
 *
 * 合作方对接入的曲库开放内容上报行为日志
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function xiamiContentResourceActionReport(
  client: TopClient,
  request: XiamiContentResourceActionReportRequest,
  options?: CallOptions,
): Promise<XiamiContentResourceActionReportResponse> {
  return client.call<XiamiContentResourceActionReportResponse>(
    {
      method: 'xiami.content.resource.action.report',
      responseRoot: 'xiami_content_resource_action_report_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
