// Generated from specs/iot/alibaba.ailabs.aligenie.albums.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ailabs.aligenie.albums.get` (专辑详情). */
export interface AlibabaAilabsAligenieAlbumsGetRequest {
  /** 账户体系隔离 */
  schema?: string;
  /** 用户ID，此处传入第三方账户体系的用户id */
  user_id?: string;
  /** 用户设备唯一识别码，长度限制32以内，建议使用系统接口获取deviceid,然后做一定的混淆处理来作为此输入参数 */
  utd_id?: string;
  /** 扩展信息，用于存放APP类型等 */
  ext?: string;
  /** 专辑 id */
  param1: Int64Input;
  /** 当前页（从1开始, 目前由于底层引擎限制，实际最多能查5000个，超过5000返回为空，请确保页码*分页大小不超过5000） */
  param2: Int64Input;
  /** 每页数量（不超过50） */
  param3: Int64Input;
}

/** Response of `alibaba.ailabs.aligenie.albums.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaAilabsAligenieAlbumsGetResponse {
  /** result */
  result?: AlibabaAilabsAligenieAlbumsGetAiCloudResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AiCloudResult` of `alibaba.ailabs.aligenie.albums.get`. */
export interface AlibabaAilabsAligenieAlbumsGetAiCloudResult {
  /** 总共符合数据的个数（目前由于底层引擎限制，实际最多能查5000个，超过5000返回为空） */
  record_count?: Int64;
  /** List数据结构，List中的每一个条目是一个Map对象，key为属性名称，value为对应的值 */
  model?: string;
  /** 返回码 */
  msg_code?: string;
  /** 返回信息 */
  msg_info?: string;
  /** 请求是否成功 */
  success?: boolean;
  /** 额外扩展信息，JSON串，不一定有 */
  extend_info?: string;
}

const REQUEST_SCHEMA = {
  schema: 'String',
  user_id: 'String',
  utd_id: 'String',
  ext: 'String',
  param1: 'Number',
  param2: 'Number',
  param3: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    record_count: 'Number',
    model: 'String',
    msg_code: 'String',
    msg_info: 'String',
    success: 'Boolean',
    extend_info: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ailabs.aligenie.albums.get`: method, response root, request and response schemas. */
export const alibabaAilabsAligenieAlbumsGetOperation = {
  method: 'alibaba.ailabs.aligenie.albums.get',
  responseRoot: 'alibaba_ailabs_aligenie_albums_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 专辑详情 — calls TOP method `alibaba.ailabs.aligenie.albums.get`.
 *
 * 给予厂商查询专辑下的音频详情
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaAilabsAligenieAlbumsGet(
  client: TopClient,
  request: AlibabaAilabsAligenieAlbumsGetRequest,
  options?: CallOptions,
): Promise<AlibabaAilabsAligenieAlbumsGetResponse> {
  return client.call<AlibabaAilabsAligenieAlbumsGetResponse>(
    {
      method: 'alibaba.ailabs.aligenie.albums.get',
      responseRoot: 'alibaba_ailabs_aligenie_albums_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
