// Generated from specs/fivee/taobao.fivee.company.upload.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fivee.company.upload` (上传商信息接口). */
export interface TaobaoFiveeCompanyUploadRequest {
  /** bu身份标识 */
  param_bucode: string;
  /** 商家证照信息 */
  param_company: TaobaoFiveeCompanyUploadCompanyInput;
}

/** Response of `taobao.fivee.company.upload`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFiveeCompanyUploadResponse {
  /** code */
  code_t?: Int64;
  /** 返回素材id */
  data?: string;
  /** message */
  message?: string;
  /** 是否成功 */
  success_t?: boolean;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Company` of `taobao.fivee.company.upload`. */
export interface TaobaoFiveeCompanyUploadCompanyInput {
  /** 成立时间 */
  established_date?: DateInput;
  /** 证照信息 */
  licences?: TaobaoFiveeCompanyUploadLicenceInput[];
  /** 名称 */
  name: string;
  /** 注册资本 */
  registered_capital?: string;
  /** 统一社会信用代码 */
  unique_code: string;
  /** 关系类型：1.制造商 2.供应商 */
  relation_type?: Int64Input[];
}

/** `Licence` of `taobao.fivee.company.upload`. */
export interface TaobaoFiveeCompanyUploadLicenceInput {
  /** 认证机构 */
  certification_body?: string;
  /** 编码 */
  code: string;
  /** 到期日期 */
  due_date?: DateInput;
  /** 生效日期 */
  effective_date?: DateInput;
  /** 名称 */
  name: string;
  /** 类型 */
  type: Int64Input;
  /** 下载地址列表 */
  urls?: string[];
}

const REQUEST_SCHEMA = {
  param_bucode: 'String',
  param_company: {
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
    relation_type: ['Number'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code_t: 'Number',
  data: 'String',
  message: 'String',
  success_t: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fivee.company.upload`: method, response root, request and response schemas. */
export const taobaoFiveeCompanyUploadOperation = {
  method: 'taobao.fivee.company.upload',
  responseRoot: 'fivee_company_upload_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 上传商信息接口 — calls TOP method `taobao.fivee.company.upload`.
 *
 * 资质共享平台上传资质证照
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFiveeCompanyUpload(
  client: TopClient,
  request: TaobaoFiveeCompanyUploadRequest,
  options?: CallOptions,
): Promise<TaobaoFiveeCompanyUploadResponse> {
  return client.call<TaobaoFiveeCompanyUploadResponse>(
    {
      method: 'taobao.fivee.company.upload',
      responseRoot: 'fivee_company_upload_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
