// Generated from specs/fivee/taobao.fivee.importproduct.publish.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.fivee.importproduct.publish` (进口商品发布). */
export interface TaobaoFiveeImportproductPublishRequest {
  /** 进口商品 */
  import_product: TaobaoFiveeImportproductPublishImportProductInput;
  /** bu身份标识 */
  param_bucode: string;
}

/** Response of `taobao.fivee.importproduct.publish`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoFiveeImportproductPublishResponse {
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

/** `ImportProduct` of `taobao.fivee.importproduct.publish`. */
export interface TaobaoFiveeImportproductPublishImportProductInput {
  /** 代理商信息 */
  agent_companies?: TaobaoFiveeImportproductPublishCompanyInput[];
  /** 条形码 */
  barcode: string;
  /** 证照信息 */
  licences?: TaobaoFiveeImportproductPublishLicenceInput2[];
  /** 名称 */
  name: string;
  /** 检验检疫证明 */
  sanitation_certificates?: TaobaoFiveeImportproductPublishSanitationCertificateInput[];
  /** 业务方内部编号（比如大润发的货号） */
  inner_code?: string;
  /** 业务备注 */
  remark?: string;
}

/** `Company` of `taobao.fivee.importproduct.publish`. */
export interface TaobaoFiveeImportproductPublishCompanyInput {
  /** 证照信息 */
  licences?: TaobaoFiveeImportproductPublishLicenceInput[];
  /** 代理商名称 */
  name?: string;
  /** 统一社会信息信用代码 */
  unique_code: string;
  /** 成立日期 */
  established_date?: DateInput;
  /** 注册资本 */
  registered_capital?: string;
}

/** `Licence` of `taobao.fivee.importproduct.publish`. */
export interface TaobaoFiveeImportproductPublishLicenceInput {
  /** 下载地址列表 */
  urls?: string[];
  /** 类型 */
  type: Int64Input;
  /** 名称 */
  name: string;
  /** 生效日期 */
  effective_date?: DateInput;
  /** 到期日期 */
  due_date?: DateInput;
  /** 编码 */
  code: string;
  /** 认证机构 */
  certification_body?: string;
}

/** `Licence` of `taobao.fivee.importproduct.publish`. */
export interface TaobaoFiveeImportproductPublishLicenceInput2 {
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

/** `SanitationCertificate` of `taobao.fivee.importproduct.publish`. */
export interface TaobaoFiveeImportproductPublishSanitationCertificateInput {
  /** 批次信息 */
  batch_products: TaobaoFiveeImportproductPublishBatchProductInput[];
  /** 编码 */
  code: string;
  /** 下载地址列表 */
  urls?: string[];
}

/** `BatchProduct` of `taobao.fivee.importproduct.publish`. */
export interface TaobaoFiveeImportproductPublishBatchProductInput {
  /** 到期日期 */
  due_date?: DateInput;
  /** 原产国 */
  origin_country: string;
  /** 生产日期 */
  produce_date?: DateInput;
}

const REQUEST_SCHEMA = {
  import_product: {
    agent_companies: [
      {
        licences: [
          {
            urls: ['String'],
            type: 'Number',
            name: 'String',
            effective_date: 'Date',
            due_date: 'Date',
            code: 'String',
            certification_body: 'String',
          },
        ],
        name: 'String',
        unique_code: 'String',
        established_date: 'Date',
        registered_capital: 'String',
      },
    ],
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
    inner_code: 'String',
    remark: 'String',
  },
  param_bucode: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  code_t: 'Number',
  data: 'String',
  message: 'String',
  success_t: 'Boolean',
} as const satisfies ObjectSchema;

/** Static description of `taobao.fivee.importproduct.publish`: method, response root, request and response schemas. */
export const taobaoFiveeImportproductPublishOperation = {
  method: 'taobao.fivee.importproduct.publish',
  responseRoot: 'fivee_importproduct_publish_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 进口商品发布 — calls TOP method `taobao.fivee.importproduct.publish`.
 *
 * 直营业务商家入住发布商品时，上传商品及商家证照信息
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoFiveeImportproductPublish(
  client: TopClient,
  request: TaobaoFiveeImportproductPublishRequest,
  options?: CallOptions,
): Promise<TaobaoFiveeImportproductPublishResponse> {
  return client.call<TaobaoFiveeImportproductPublishResponse>(
    {
      method: 'taobao.fivee.importproduct.publish',
      responseRoot: 'fivee_importproduct_publish_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
