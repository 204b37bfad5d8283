// Generated from specs/fivee/taobao.fivee.company.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fivee.company.get` (查询商信息). */
export interface TaobaoFiveeCompanyGetRequest {
  /** bu身份标识 */
  param_bucode: string;
  /** 统一社会信息用代码 */
  param_unique_code: string;
}

/** Response of `taobao.fivee.company.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFiveeCompanyGetResponse {
  /** 接口返回model */
  result?: TaobaoFiveeCompanyGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.fivee.company.get`. */
export interface TaobaoFiveeCompanyGetResult {
  /** code */
  code?: Int64;
  /** 返回素材id */
  data?: TaobaoFiveeCompanyGetCompany;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `Company` of `taobao.fivee.company.get`. */
export interface TaobaoFiveeCompanyGetCompany {
  /** 成立时间 */
  established_date?: string;
  /** 证照信息 */
  licences?: TaobaoFiveeCompanyGetLicence[];
  /** 商名称 */
  name?: string;
  /** 注册资本 */
  registered_capital?: string;
  /** 统一社会信用代码 */
  unique_code?: string;
}

/** `Licence` of `taobao.fivee.company.get`. */
export interface TaobaoFiveeCompanyGetLicence {
  /** 认证机构 */
  certification_body?: string;
  /** 编码 */
  code?: string;
  /** 到期日期 */
  due_date?: string;
  /** 生效日期 */
  effective_date?: string;
  /** 证照名称 */
  name?: string;
  /** 类型 */
  type?: Int64;
  /** 附件下载地址列表 */
  urls?: string[];
}

const REQUEST_SCHEMA = {
  param_bucode: 'String',
  param_unique_code: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    data: {
      established_date: 'Date',
      licences: [
        {
          certification_body: 'String',
          code: 'String',
          due_date: 'Date',
          effective_date: 'Date',
          name: 'String',
          type: 'Number',
          urls: ['String'],
        },
      ],
      name: 'String',
      registered_capital: 'String',
      unique_code: 'String',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fivee.company.get`: method, response root, request and response schemas. */
export const taobaoFiveeCompanyGetOperation = {
  method: 'taobao.fivee.company.get',
  responseRoot: 'fivee_company_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询商信息 — calls TOP method `taobao.fivee.company.get`.
 *
 * 资质共享平台查询商信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFiveeCompanyGet(
  client: TopClient,
  request: TaobaoFiveeCompanyGetRequest,
  options?: CallOptions,
): Promise<TaobaoFiveeCompanyGetResponse> {
  return client.call<TaobaoFiveeCompanyGetResponse>(
    {
      method: 'taobao.fivee.company.get',
      responseRoot: 'fivee_company_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
