// Generated from specs/perfect/alibaba.perfect.performance.localitem.edit.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.perfect.performance.localitem.edit` (同城购定制发品编辑). */
export interface AlibabaPerfectPerformanceLocalitemEditRequest {
  /** 请求参数 */
  param_perfect_performance_item_publish_req: AlibabaPerfectPerformanceLocalitemEditPerfectPerformanceItemPublishReqInput;
}

/** Response of `alibaba.perfect.performance.localitem.edit`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaPerfectPerformanceLocalitemEditResponse {
  /** 返回包装类 */
  result?: AlibabaPerfectPerformanceLocalitemEditBaseResult;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `PerfectPerformanceItemPublishReq` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectPerformanceItemPublishReqInput {
  /** 商品描述信息 */
  describe_info: AlibabaPerfectPerformanceLocalitemEditPerfectItemDescribeInfoDtoInput;
  /** 商品基本信息 */
  item_base_info: AlibabaPerfectPerformanceLocalitemEditPerfectItemBaseInfoDtoInput;
  /** 商品sku列表 */
  item_sku_infos?: AlibabaPerfectPerformanceLocalitemEditPerfectItemSkuInfoDtoInput[];
  /** 商品交易信息 */
  item_trade_info?: AlibabaPerfectPerformanceLocalitemEditPerfectItemTradeInfoDtoInput;
  /** 商品物流信息 */
  logistics_info: AlibabaPerfectPerformanceLocalitemEditPerfectItemLogisticsInfoDtoInput;
  /** 产品信息 */
  product_info: AlibabaPerfectPerformanceLocalitemEditPerfectItemProductInfoDtoInput;
  /** 商品编码 */
  item_code?: string;
}

/** `PerfectItemDescribeInfoDto` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectItemDescribeInfoDtoInput {
  /** 详情描述 */
  description: string;
  /** 商品图片 */
  item_pictures: string[];
  /** 商品标题 */
  title: string;
}

/** `PerfectItemBaseInfoDto` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectItemBaseInfoDtoInput {
  /** 商品条码 */
  item_barcode?: string;
  /** 商品外部编码 */
  item_outer_id?: string;
  /** 商品吊牌价 */
  item_pretium?: string;
  /** 商品价格 */
  item_price: string;
  /** 商品数量 */
  item_quantity?: Int64Input;
  /** 商品体积 */
  item_size?: string;
  /** 商品重量 */
  item_weight?: string;
  /** 销售渠道 */
  sale_channel_key: string;
}

/** `PerfectItemSkuInfoDto` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectItemSkuInfoDtoInput {
  /** sku销售属性 */
  sale_properties?: AlibabaPerfectPerformanceLocalitemEditPerfectSalePropertyDtoInput[];
  /** sku关联货品 */
  sc_product_info?: AlibabaPerfectPerformanceLocalitemEditPerfectScProductInfoDtoInput;
  /** sku条码 */
  sku_barcode?: string;
  /** sku外部编码 */
  sku_outer_id: string;
  /** sku吊牌价 */
  sku_pretium?: string;
  /** sku价格 */
  sku_price: string;
  /** sku数量 */
  sku_quantity?: Int64Input;
}

/** `PerfectSalePropertyDto` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectSalePropertyDtoInput {
  /** 属性key */
  sale_property_key: string;
  /** 自定义属性值 */
  sale_property_value?: string;
}

/** `PerfectScProductInfoDto` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectScProductInfoDtoInput {
  /** 货品编码 */
  outer_id: string;
  /** 货品ID */
  product_id: Int64Input;
}

/** `PerfectItemTradeInfoDto` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectItemTradeInfoDtoInput {
  /** 是否提供发票 */
  has_invoice?: boolean;
  /** 是否支持退换货承诺 */
  sell_promise?: boolean;
  /** 是否拍下减库存 */
  sub_stock_at_buy?: boolean;
  /** 是否支持7天无理由 */
  support7_day?: boolean;
  /** 是否保修 */
  warrant?: boolean;
}

/** `PerfectItemLogisticsInfoDto` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectItemLogisticsInfoDtoInput {
  /** 城市编码,默认北京 */
  city_code?: string;
  /** 运费模板ID */
  postage_template_code: string;
  /** 省份编码,默认北京 */
  province_code?: string;
  /** 门店库ID */
  store_group_code: string;
}

/** `PerfectItemProductInfoDto` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectItemProductInfoDtoInput {
  /** 品牌ID */
  brand_code: string;
  /** 叶子类目ID */
  category_code: string;
  /** 货号 */
  product_code: string;
}

/** `BaseResult` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditBaseResult {
  /** 返回的执行状态吗 */
  code?: string;
  /** 返回的数据实体 */
  data?: AlibabaPerfectPerformanceLocalitemEditPerfectPerformanceItemPublishResp;
  /** 错误信息 */
  message?: string;
  /** 是否执行成功 */
  success?: boolean;
}

/** `PerfectPerformanceItemPublishResp` of `alibaba.perfect.performance.localitem.edit`. */
export interface AlibabaPerfectPerformanceLocalitemEditPerfectPerformanceItemPublishResp {
  /** 商品编码 */
  item_code?: string;
}

const REQUEST_SCHEMA = {
  param_perfect_performance_item_publish_req: {
    describe_info: {
      description: 'String',
      item_pictures: ['String'],
      title: 'String',
    },
    item_base_info: {
      item_barcode: 'String',
      item_outer_id: 'String',
      item_pretium: 'String',
      item_price: 'String',
      item_quantity: 'Number',
      item_size: 'String',
      item_weight: 'String',
      sale_channel_key: 'String',
    },
    item_sku_infos: [
      {
        sale_properties: [
          {
            sale_property_key: 'String',
            sale_property_value: 'String',
          },
        ],
        sc_product_info: {
          outer_id: 'String',
          product_id: 'Number',
        },
        sku_barcode: 'String',
        sku_outer_id: 'String',
        sku_pretium: 'String',
        sku_price: 'String',
        sku_quantity: 'Number',
      },
    ],
    item_trade_info: {
      has_invoice: 'Boolean',
      sell_promise: 'Boolean',
      sub_stock_at_buy: 'Boolean',
      support7_day: 'Boolean',
      warrant: 'Boolean',
    },
    logistics_info: {
      city_code: 'String',
      postage_template_code: 'String',
      province_code: 'String',
      store_group_code: 'String',
    },
    product_info: {
      brand_code: 'String',
      category_code: 'String',
      product_code: 'String',
    },
    item_code: 'String',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    code: 'String',
    data: {
      item_code: 'String',
    },
    message: 'String',
    success: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `alibaba.perfect.performance.localitem.edit`: method, response root, request and response schemas. */
export const alibabaPerfectPerformanceLocalitemEditOperation = {
  method: 'alibaba.perfect.performance.localitem.edit',
  responseRoot: 'alibaba_perfect_performance_localitem_edit_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 同城购定制发品编辑 — calls TOP method `alibaba.perfect.performance.localitem.edit`.
 *
 * 同城购业务定制化发品接口，同城购业务线专用
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaPerfectPerformanceLocalitemEdit(
  client: TopClient,
  request: AlibabaPerfectPerformanceLocalitemEditRequest,
  options?: CallOptions,
): Promise<AlibabaPerfectPerformanceLocalitemEditResponse> {
  return client.call<AlibabaPerfectPerformanceLocalitemEditResponse>(
    {
      method: 'alibaba.perfect.performance.localitem.edit',
      responseRoot: 'alibaba_perfect_performance_localitem_edit_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
