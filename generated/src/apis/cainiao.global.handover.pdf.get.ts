// Generated from specs/cainiaohandover/cainiao.global.handover.pdf.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `cainiao.global.handover.pdf.get` (获取面单PDF文件数据). */
export interface CainiaoGlobalHandoverPdfGetRequest {
  /** 用户信息 */
  user_info: CainiaoGlobalHandoverPdfGetUserInfoDtoInput;
  /** 客户端名称，ISV：ISV-ISV英文或拼音名称、商家ERP：SELLER-商家英文或拼音名称 */
  client: string;
  /** 多语言 */
  locale?: string;
  /** 大包编号id */
  handover_content_id: Int64Input;
  /** 打印数据类型，1：面单、4：发货标签、512：交接清单 */
  type?: Int64Input;
}

/** Response of `cainiao.global.handover.pdf.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface CainiaoGlobalHandoverPdfGetResponse {
  /** 请求结果 */
  result?: CainiaoGlobalHandoverPdfGetHsfResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `UserInfoDto` of `cainiao.global.handover.pdf.get`. */
export interface CainiaoGlobalHandoverPdfGetUserInfoDtoInput {
  /** 每个商家在ISV系统的唯一标识，一般为商家ISV账号的id */
  top_user_key?: string;
}

/** `HsfResult` of `cainiao.global.handover.pdf.get`. */
export interface CainiaoGlobalHandoverPdfGetHsfResult {
  /** 请求处理是否成功 */
  success?: boolean;
  /** 异常码 */
  error_code?: string;
  /** 错误信息 */
  error_msg?: string;
  /** 通过国际订单号获取的body内容用base64转码后生成运单标签的pdf字节流。 */
  data?: string;
}

const REQUEST_SCHEMA = {
  user_info: {
    top_user_key: 'String',
  },
  client: 'String',
  locale: 'String',
  handover_content_id: 'Number',
  type: 'Number',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    success: 'Boolean',
    error_code: 'String',
    error_msg: 'String',
    data: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `cainiao.global.handover.pdf.get`: method, response root, request and response schemas. */
export const cainiaoGlobalHandoverPdfGetOperation = {
  method: 'cainiao.global.handover.pdf.get',
  responseRoot: 'cainiao_global_handover_pdf_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 获取面单PDF文件数据 — calls TOP method `cainiao.global.handover.pdf.get`.
 *
 * 返回指定大包面单的PDF文件数据
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function cainiaoGlobalHandoverPdfGet(
  client: TopClient,
  request: CainiaoGlobalHandoverPdfGetRequest,
  options?: CallOptions,
): Promise<CainiaoGlobalHandoverPdfGetResponse> {
  return client.call<CainiaoGlobalHandoverPdfGetResponse>(
    {
      method: 'cainiao.global.handover.pdf.get',
      responseRoot: 'cainiao_global_handover_pdf_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
