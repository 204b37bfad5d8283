// Generated from specs/fivee/taobao.fivee.importproduct.get.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fivee.importproduct.get` (进口商品查询). */
export interface TaobaoFiveeImportproductGetRequest {
  /** bu身份标识 */
  param_bu_code: string;
  /** 条形码 */
  param_barcode: string;
}

/** Response of `taobao.fivee.importproduct.get`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFiveeImportproductGetResponse {
  /** 接口返回model */
  result?: TaobaoFiveeImportproductGetResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Result` of `taobao.fivee.importproduct.get`. */
export interface TaobaoFiveeImportproductGetResult {
  /** code */
  code?: Int64;
  /** 返回素材id */
  data?: TaobaoFiveeImportproductGetImportProduct;
  /** message */
  message?: string;
  /** 是否成功 */
  success?: boolean;
}

/** `ImportProduct` of `taobao.fivee.importproduct.get`. */
export interface TaobaoFiveeImportproductGetImportProduct {
  /** 代理商信息 */
  agent_companies?: TaobaoFiveeImportproductGetCompany[];
  /** 批次或备案编号 */
  auth_code?: string;
  /** 条形码 */
  barcode?: string;
  /** 证照信息 */
  licences?: TaobaoFiveeImportproductGetLicence[];
  /** 名称 */
  name?: string;
  /** 检验检疫证明 */
  sanitation_certificates?: TaobaoFiveeImportproductGetSanitationCertificate[];
}

/** `Company` of `taobao.fivee.importproduct.get`. */
export interface TaobaoFiveeImportproductGetCompany {
  /** 成立时间 */
  established_date?: string;
  /** 证照信息 */
  licences?: TaobaoFiveeImportproductGetLicence[];
  /** 名称 */
  name?: string;
  /** 注册资本 */
  registered_capital?: string;
  /** 统一社会信用代码 */
  unique_code?: string;
}

/** `Licence` of `taobao.fivee.importproduct.get`. */
export interface TaobaoFiveeImportproductGetLicence {
  /** 认证机构 */
  certification_body?: string;
  /** 编码 */
  code?: string;
  /** 到期日期 */
  due_date?: string;
  /** 生效日期 */
  effective_date?: string;
  /** 名称 */
  name?: string;
  /** 类型 */
  type?: Int64;
  /** 下载地址列表 */
  urls?: string[];
}

/** `SanitationCertificate` of `taobao.fivee.importproduct.get`. */
export interface TaobaoFiveeImportproductGetSanitationCertificate {
  /** 批次信息 */
  batch_products?: TaobaoFiveeImportproductGetBatchProduct[];
  /** 编码 */
  code?: string;
  /** 下载地址列表 */
  urls?: string[];
}

/** `BatchProduct` of `taobao.fivee.importproduct.get`. */
export interface TaobaoFiveeImportproductGetBatchProduct {
  /** 到期日期 */
  due_date?: string;
  /** 原产国 */
  origin_country?: string;
  /** 生产日期 */
  produce_date?: string;
}

const REQUEST_SCHEMA = {
  param_bu_code: 'String',
  param_barcode: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'Number',
    data: {
      agent_companies: [
        {
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
      ],
      auth_code: 'String',
      barcode: 'String',
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
      sanitation_certificates: [
        {
          batch_products: [
            {
              due_date: 'Date',
              origin_country: 'String',
              produce_date: 'Date',
            },
          ],
          code: 'String',
          urls: ['String'],
        },
      ],
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.fivee.importproduct.get`: method, response root, request and response schemas. */
export const taobaoFiveeImportproductGetOperation = {
  method: 'taobao.fivee.importproduct.get',
  responseRoot: 'fivee_importproduct_get_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 进口商品查询 — calls TOP method `taobao.fivee.importproduct.get`.
 *
 * 资质共享平台查询进口商品信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFiveeImportproductGet(
  client: TopClient,
  request: TaobaoFiveeImportproductGetRequest,
  options?: CallOptions,
): Promise<TaobaoFiveeImportproductGetResponse> {
  return client.call<TaobaoFiveeImportproductGetResponse>(
    {
      method: 'taobao.fivee.importproduct.get',
      responseRoot: 'fivee_importproduct_get_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
