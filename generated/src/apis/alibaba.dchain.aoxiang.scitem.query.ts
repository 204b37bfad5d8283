// Generated from specs/ascp/alibaba.dchain.aoxiang.scitem.query.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.dchain.aoxiang.scitem.query` (货品查询). */
export interface AlibabaDchainAoxiangScitemQueryRequest {
  /** 货品查询入参 */
  query_scitem_request: AlibabaDchainAoxiangScitemQueryQueryScItemRequestInput;
}

/** Response of `alibaba.dchain.aoxiang.scitem.query`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaDchainAoxiangScitemQueryResponse {
  /** 返回结构体 */
  query_scitem_response?: AlibabaDchainAoxiangScitemQueryTopResponse;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `QueryScItemRequest` of `alibaba.dchain.aoxiang.scitem.query`. */
export interface AlibabaDchainAoxiangScitemQueryQueryScItemRequestInput {
  /** 业务请求ID，用于幂等 */
  request_id: string;
  /** 业务请求时间戳 */
  request_time: Int64Input;
  /** 货品商家编码列表，一次查询不要超过100个货品 */
  scitem_codes: string[];
}

/** `TopResponse` of `alibaba.dchain.aoxiang.scitem.query`. */
export interface AlibabaDchainAoxiangScitemQueryTopResponse {
  /** 业务处理结果 */
  data?: AlibabaDchainAoxiangScitemQueryQueryScItemResponse;
  /** 调用是否成功 */
  success?: boolean;
  /** 调用返回信息 */
  message?: string;
  /** 调用返回信息码 */
  code?: string;
}

/** `QueryScItemResponse` of `alibaba.dchain.aoxiang.scitem.query`. */
export interface AlibabaDchainAoxiangScitemQueryQueryScItemResponse {
  /** 业务是否成功，success为成功，否则为错误码 */
  result?: string;
  /** 业务错误信息，成功则为空 */
  error_message?: string;
  /** 货品列表 */
  scitem_models?: AlibabaDchainAoxiangScitemQueryScItemModel[];
}

/** `ScItemModel` of `alibaba.dchain.aoxiang.scitem.query`. */
export interface AlibabaDchainAoxiangScitemQueryScItemModel {
  /** 仓编码 */
  warehouse_code?: string;
  /** 行业；综合-NORMAL 图书-BOOKS 美妆-BEAUTY */
  industry?: string;
  /** 货主编码 */
  owner_code?: string;
  /** 货品名称 */
  scitem_name?: string;
  /** 货品商家编码 */
  scitem_code?: string;
  /** 货品id */
  scitem_id?: string;
  /** 仓货品编码 */
  warehouse_scitem_code?: string;
  /** 条形码 */
  barcode?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 类目名称 */
  category_name?: string;
  /** 货品主图URL */
  pic_path?: string;
  /** 长(mm) */
  length?: Int64;
  /** 宽(mm) */
  width?: Int64;
  /** 高(mm) */
  height?: Int64;
  /** 重(g) */
  weight?: Int64;
  /** 零售价(人命币-分) */
  retail_price?: Int64;
  /** 是否危险品，1=是，0=否 */
  hazardous?: Int64;
  /** 是否易碎品，1=是，0=否 */
  fragile?: Int64;
  /** 是否液体，1=是，0=否 */
  liquid?: Int64;
  /** 是否贵重品，1=是，0=否 */
  precious?: Int64;
  /** 存储条件。NORMAL： 常温 COOL： 阴凉 5°C-12°C FRESHNESS：保鲜 0°C-4°C REEFER：冷藏 -18°C-0°C THERMOSTATIC：恒温 18°C-25°C FROZEN：冷冻 <-18°C COOL_AND_DRY：阴凉干燥 5°C-25°C,相对湿度65%以下 */
  storage_environment?: string;
  /** 备注 */
  remark?: string;
  /** 扩展属性 */
  extend_props?: string;
  /** 行业属性 */
  industry_feature_map?: string;
  /** 采购价列表 */
  purchase_prices?: AlibabaDchainAoxiangScitemQueryPurchasePrice;
  /** 货品类型；1-普通货品, 2-组合货品 */
  scitem_type?: Int64;
  /** 子货品列表(仅对组合货品生效) */
  sub_scitems?: AlibabaDchainAoxiangScitemQuerySubScItemModel[];
}

/** `PurchasePrice` of `alibaba.dchain.aoxiang.scitem.query`. */
export interface AlibabaDchainAoxiangScitemQueryPurchasePrice {
  /** 采购价(人命币则为分) */
  price?: Int64;
  /** 币种 */
  currency?: string;
  /** 供应商名称 */
  supplier_name?: string;
}

/** `SubScItemModel` of `alibaba.dchain.aoxiang.scitem.query`. */
export interface AlibabaDchainAoxiangScitemQuerySubScItemModel {
  /** 货品商家编码 */
  scitem_code?: string;
  /** 数量 */
  quantity?: Int64;
  /** 子货品单价(人命币则为分) */
  retail_price?: Int64;
  /** 币种 */
  currency?: string;
  /** 是否固定价格 1是 0否 */
  fixed_price?: Int64;
  /** 子货品id */
  scitem_id?: string;
}

const REQUEST_SCHEMA = {
  query_scitem_request: {
    request_id: 'String',
    request_time: 'Number',
    scitem_codes: ['String'],
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  query_scitem_response: {
    data: {
      result: 'String',
      error_message: 'String',
      scitem_models: [
        {
          warehouse_code: 'String',
          industry: 'String',
          owner_code: 'String',
          scitem_name: 'String',
          scitem_code: 'String',
          scitem_id: 'String',
          warehouse_scitem_code: 'String',
          barcode: 'String',
          brand_name: 'String',
          category_name: 'String',
          pic_path: 'String',
          length: 'Number',
          width: 'Number',
          height: 'Number',
          weight: 'Number',
          retail_price: 'Number',
          hazardous: 'Number',
          fragile: 'Number',
          liquid: 'Number',
          precious: 'Number',
          storage_environment: 'String',
          remark: 'String',
          extend_props: 'String',
          industry_feature_map: 'String',
          purchase_prices: {
            price: 'Number',
            currency: 'String',
            supplier_name: 'String',
          },
          scitem_type: 'Number',
          sub_scitems: [
            {
              scitem_code: 'String',
              quantity: 'Number',
              retail_price: 'Number',
              currency: 'String',
              fixed_price: 'Number',
              scitem_id: 'String',
            },
          ],
        },
      ],
    },
    success: 'Boolean',
    message: 'String',
    code: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.dchain.aoxiang.scitem.query`: method, response root, request and response schemas. */
export const alibabaDchainAoxiangScitemQueryOperation = {
  method: 'alibaba.dchain.aoxiang.scitem.query',
  responseRoot: 'alibaba_dchain_aoxiang_scitem_query_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 货品查询 — calls TOP method `alibaba.dchain.aoxiang.scitem.query`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaDchainAoxiangScitemQuery(
  client: TopClient,
  request: AlibabaDchainAoxiangScitemQueryRequest,
  options?: CallOptions,
): Promise<AlibabaDchainAoxiangScitemQueryResponse> {
  return client.call<AlibabaDchainAoxiangScitemQueryResponse>(
    {
      method: 'alibaba.dchain.aoxiang.scitem.query',
      responseRoot: 'alibaba_dchain_aoxiang_scitem_query_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
