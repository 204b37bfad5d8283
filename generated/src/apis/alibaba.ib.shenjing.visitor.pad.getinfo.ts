// Generated from specs/shenjing/alibaba.ib.shenjing.visitor.pad.getinfo.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ib.shenjing.visitor.pad.getinfo` (获取OSS上传参数). */
export interface AlibabaIbShenjingVisitorPadGetinfoRequest {}

/** Response of `alibaba.ib.shenjing.visitor.pad.getinfo`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaIbShenjingVisitorPadGetinfoResponse {
  /** 响应对象 */
  result_code?: string;
  /** 返回状态码 */
  content?: AlibabaIbShenjingVisitorPadGetinfoPostObjectPolicyVo;
  /** 放回中文提示 */
  result_msg?: string;
  /** request_id */
  result_request_id?: string;
  /** 是否成功 */
  result_success?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PostObjectPolicyVo` of `alibaba.ib.shenjing.visitor.pad.getinfo`. */
export interface AlibabaIbShenjingVisitorPadGetinfoPostObjectPolicyVo {
  /** 阿里云RAM账号的accessId */
  accessid?: string;
  /** 加密过的上传策略 */
  policy?: string;
  /** 上传策略签名 */
  signature?: string;
  /** 文件上传目录 */
  dir?: string;
  /** 上传策略有效时间 */
  expire?: string;
  /** oss的bucket访问路径 */
  host?: string;
}

const REQUEST_SCHEMA = {} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result_code: 'String',
  content: {
    accessid: 'String',
    policy: 'String',
    signature: 'String',
    dir: 'String',
    expire: 'String',
    host: 'String',
  },
  result_msg: 'String',
  result_request_id: 'String',
  result_success: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ib.shenjing.visitor.pad.getinfo`: method, response root, request and response schemas. */
export const alibabaIbShenjingVisitorPadGetinfoOperation = {
  method: 'alibaba.ib.shenjing.visitor.pad.getinfo',
  responseRoot: 'alibaba_ib_shenjing_visitor_pad_getinfo_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取OSS上传参数 — calls TOP method `alibaba.ib.shenjing.visitor.pad.getinfo`.
 *
 * PAD 端获取OSS上传参数，向OSS服务器上传图片。
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaIbShenjingVisitorPadGetinfo(
  client: TopClient,
  request: AlibabaIbShenjingVisitorPadGetinfoRequest = {},
  options?: CallOptions,
): Promise<AlibabaIbShenjingVisitorPadGetinfoResponse> {
  return client.call<AlibabaIbShenjingVisitorPadGetinfoResponse>(
    {
      method: 'alibaba.ib.shenjing.visitor.pad.getinfo',
      responseRoot: 'alibaba_ib_shenjing_visitor_pad_getinfo_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
