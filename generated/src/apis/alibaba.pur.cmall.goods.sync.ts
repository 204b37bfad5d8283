// Generated from specs/pur/alibaba.pur.cmall.goods.sync.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, DateInput, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.pur.cmall.goods.sync` (第三方商家接入采购商城-商品同步). */
export interface AlibabaPurCmallGoodsSyncRequest {
  /** 产品对象 */
  access_product_dto: AlibabaPurCmallGoodsSyncAccessProductDtoInput;
  /** 商品对象 */
  access_goods_dto: AlibabaPurCmallGoodsSyncAccessGoodsDtoInput;
}

/** Response of `alibaba.pur.cmall.goods.sync`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPurCmallGoodsSyncResponse {
  /** 返回对象 */
  result?: AlibabaPurCmallGoodsSyncActionResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `AccessProductDto` of `alibaba.pur.cmall.goods.sync`. */
export interface AlibabaPurCmallGoodsSyncAccessProductDtoInput {
  /** 阿里采购员工号 */
  buyer_work_no?: string;
  /** 阿里商城品类ID */
  catalog_category_id?: Int64Input;
  /** 阿里采购三级类目 */
  category_code?: string;
  /** 外部商家标识 */
  data_source: string;
  /** 图片地址列表 */
  img_url_list?: string[];
  /** 外部商家产品链接 */
  mall_url?: string;
  /** 计价方式 AMOUNT QUANTITY */
  order_type: string;
  /** 产品属性 */
  product_attr_value_list: AlibabaPurCmallGoodsSyncAccessProductAttrValueDtoInput[];
  /** 产品描述 */
  product_desc?: string;
  /** 产品名称 */
  product_name: string;
  /** 采购通道，阿里侧枚举 */
  purchase_channel: string;
  /** 产品详情 */
  recommendation?: string;
  /** 外部商家品类ID，如果有的话需要在阿里侧有对应的映射 */
  source_category_id?: Int64Input;
  /** 外部商家品类名称 */
  source_category_name?: string;
  /** 额外信息 */
  source_info?: string;
  /** 子类型 */
  source_type?: string;
  /** 外部商家对应产品ID */
  source_value: string;
  /** 计价单位 */
  unit: string;
  /** 主导采购组织 */
  lead_pur_org?: string[];
}

/** `AccessProductAttrValueDto` of `alibaba.pur.cmall.goods.sync`. */
export interface AlibabaPurCmallGoodsSyncAccessProductAttrValueDtoInput {
  /** 属性名称 */
  attr_name: string;
  /** 属性值名称 */
  attr_value_name_list: string[];
}

/** `AccessGoodsDto` of `alibaba.pur.cmall.goods.sync`. */
export interface AlibabaPurCmallGoodsSyncAccessGoodsDtoInput {
  /** 阿里侧合同编号 */
  contract_code?: string;
  /** 外部商家标识 */
  data_source: string;
  /** 是否上架商城 */
  is_apply_directory_mall: string;
  /** 最小采购量 */
  minimum_purchase_quantity?: string;
  /** 报价明细 */
  quotation_list: AlibabaPurCmallGoodsSyncAccessQuotationDtoInput[];
  /** 外部商家商品标记值 */
  source_value: string;
  /** 阿里侧供应商ID */
  supplier_id?: Int64Input;
  /** 税率，如6%则为6 */
  tax_rate: string;
}

/** `AccessQuotationDto` of `alibaba.pur.cmall.goods.sync`. */
export interface AlibabaPurCmallGoodsSyncAccessQuotationDtoInput {
  /** 币种 */
  currency_code: string;
  /** 报价生效时间 */
  effective_date: DateInput;
  /** 报价失效时间 */
  expire_date: DateInput;
  /** 是否阶梯价 */
  ladder_price: boolean;
  /** 阶梯价信息 */
  ladder_price_list?: AlibabaPurCmallGoodsSyncAccessLadderPriceDtoInput[];
  /** sku属性列表 */
  sku_attr_value_list: AlibabaPurCmallGoodsSyncAccessSkuAttrValueDtoInput[];
  /** 外部商家skuId */
  source_sku_id: string;
  /** 协议价 */
  unit_price: string;
  /** 原价 */
  origin_unit_price?: string;
}

/** `AccessLadderPriceDto` of `alibaba.pur.cmall.goods.sync`. */
export interface AlibabaPurCmallGoodsSyncAccessLadderPriceDtoInput {
  /** 原价 */
  origin_unit_price?: string;
  /** 协议价 */
  unit_price?: string;
  /** 最小采购量 */
  minimum_purchase_quantity?: string;
}

/** `AccessSkuAttrValueDto` of `alibaba.pur.cmall.goods.sync`. */
export interface AlibabaPurCmallGoodsSyncAccessSkuAttrValueDtoInput {
  /** 属性名称 */
  attr_name: string;
  /** 属性值名称 */
  attr_value_name: string;
}

/** `ActionResult` of `alibaba.pur.cmall.goods.sync`. */
export interface AlibabaPurCmallGoodsSyncActionResult {
  /** 是否成功 */
  is_success?: boolean;
  /** 返回提示信息 */
  message?: string;
  /** 返回的产品链接 */
  product_url?: string;
}

const REQUEST_SCHEMA = {
  access_product_dto: {
    buyer_work_no: 'String',
    catalog_category_id: 'Number',
    category_code: 'String',
    data_source: 'String',
    img_url_list: ['String'],
    mall_url: 'String',
    order_type: 'String',
    product_attr_value_list: [
      {
        attr_name: 'String',
        attr_value_name_list: ['String'],
      },
    ],
    product_desc: 'String',
    product_name: 'String',
    purchase_channel: 'String',
    recommendation: 'String',
    source_category_id: 'Number',
    source_category_name: 'String',
    source_info: 'String',
    source_type: 'String',
    source_value: 'String',
    unit: 'String',
    lead_pur_org: ['String'],
  },
  access_goods_dto: {
    contract_code: 'String',
    data_source: 'String',
    is_apply_directory_mall: 'String',
    minimum_purchase_quantity: 'Price',
    quotation_list: [
      {
        currency_code: 'String',
        effective_date: 'Date',
        expire_date: 'Date',
        ladder_price: 'Boolean',
        ladder_price_list: [
          {
            origin_unit_price: 'Price',
            unit_price: 'Price',
            minimum_purchase_quantity: 'Price',
          },
        ],
        sku_attr_value_list: [
          {
            attr_name: 'String',
            attr_value_name: 'String',
          },
        ],
        source_sku_id: 'String',
        unit_price: 'Price',
        origin_unit_price: 'Price',
      },
    ],
    source_value: 'String',
    supplier_id: 'Number',
    tax_rate: 'Price',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    is_success: 'Boolean',
    message: 'String',
    product_url: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.pur.cmall.goods.sync`: method, response root, request and response schemas. */
export const alibabaPurCmallGoodsSyncOperation = {
  method: 'alibaba.pur.cmall.goods.sync',
  responseRoot: 'alibaba_pur_cmall_goods_sync_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 第三方商家接入采购商城-商品同步 — calls TOP method `alibaba.pur.cmall.goods.sync`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPurCmallGoodsSync(
  client: TopClient,
  request: AlibabaPurCmallGoodsSyncRequest,
  options?: CallOptions,
): Promise<AlibabaPurCmallGoodsSyncResponse> {
  return client.call<AlibabaPurCmallGoodsSyncResponse>(
    {
      method: 'alibaba.pur.cmall.goods.sync',
      responseRoot: 'alibaba_pur_cmall_goods_sync_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
