// Generated from specs/nrt/tmall.nrt.item.main.synchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `tmall.nrt.item.main.synchronize` (家装新零售主商品同步至阿里). */
export interface TmallNrtItemMainSynchronizeRequest {
  /** 摊位id */
  booth_id: string;
  /** 叶子类目id */
  cid: Int64Input;
  /**
   * 类目属性
   *
   * Max list size: 100
   */
  props?: TmallNrtItemMainSynchronizeCategoryPropDtoInput[];
  /** 经销商编码 */
  dealer_code: string;
  /** 卖场id */
  mall_id: string;
  /** 商家编码 */
  outer_id?: string;
  /** 系统自动生成 */
  outer_props?: TmallNrtItemMainSynchronizeMacallineItemExtDtoInput;
  /** 价格 */
  price?: string;
  /** 商品名 */
  title?: string;
}

/** Response of `tmall.nrt.item.main.synchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TmallNrtItemMainSynchronizeResponse {
  /** 返回结果 */
  tmall_nrt_item_main_synchronize?: TmallNrtItemMainSynchronizeResultDo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `CategoryPropDto` of `tmall.nrt.item.main.synchronize`. */
export interface TmallNrtItemMainSynchronizeCategoryPropDtoInput {
  /** 属性id */
  property_id: Int64Input;
  /** 属性名 */
  property_name?: string;
  /** 属性值ID */
  value_id?: Int64Input;
  /** 属性值名称 */
  value_text?: string;
}

/** `MacallineItemExtDto` of `tmall.nrt.item.main.synchronize`. */
export interface TmallNrtItemMainSynchronizeMacallineItemExtDtoInput {
  /** 品牌系列ID */
  brand_series_id?: string;
  /** 品牌系列名称 */
  brand_series_name?: string;
  /** 计价单位 */
  charge_unit?: string;
  /** 等级 */
  grade?: Int64Input;
  /** 标签价格类型 */
  label_price_type?: Int64Input;
  /** 产地 */
  original_location?: TmallNrtItemMainSynchronizeLocationDtoInput;
  /** 价格类型 */
  price_type?: Int64Input;
  /** 物价员 */
  pricer?: string;
  /** 辅材 */
  secondary_steel?: string;
  /** 规格 */
  specification?: string;
  /** 规格单位 */
  specification_unit?: string;
  /** 基材 */
  substrate?: string;
  /** 是否支持退换货 */
  support_return_goods?: boolean;
  /** 饰面 */
  veneer?: string;
}

/** `LocationDto` of `tmall.nrt.item.main.synchronize`. */
export interface TmallNrtItemMainSynchronizeLocationDtoInput {
  /** 城市名 */
  city?: string;
  /** 城市ID */
  city_id?: Int64Input;
  /** 省份名 */
  prov?: string;
  /** 省份ID */
  prov_id?: Int64Input;
  /** 类型，1：国内，2：国外 */
  type?: Int64Input;
}

/** `ResultDo` of `tmall.nrt.item.main.synchronize`. */
export interface TmallNrtItemMainSynchronizeResultDo {
  /** 返回值 */
  data?: TmallNrtItemMainSynchronizeNrtItemSyncResultDto;
  /** 调用是否成功 */
  succ?: boolean;
}

/** `NrtItemSyncResultDto` of `tmall.nrt.item.main.synchronize`. */
export interface TmallNrtItemMainSynchronizeNrtItemSyncResultDto {
  /** 摊位商品ID */
  s_item_id?: Int64;
  /** 主商品ID */
  m_item_id?: Int64;
}

const REQUEST_SCHEMA = {
  booth_id: 'String',
  cid: 'Number',
  props: [
    {
      property_id: 'Number',
      property_name: 'String',
      value_id: 'Number',
      value_text: 'String',
    },
  ],
  dealer_code: 'String',
  mall_id: 'String',
  outer_id: 'String',
  outer_props: {
    brand_series_id: 'String',
    brand_series_name: 'String',
    charge_unit: 'String',
    grade: 'Number',
    label_price_type: 'Number',
    original_location: {
      city: 'String',
      city_id: 'Number',
      prov: 'String',
      prov_id: 'Number',
      type: 'Number',
    },
    price_type: 'Number',
    pricer: 'String',
    secondary_steel: 'String',
    specification: 'String',
    specification_unit: 'String',
    substrate: 'String',
    support_return_goods: 'Boolean',
    veneer: 'String',
  },
  price: 'String',
  title: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  tmall_nrt_item_main_synchronize: {
    data: {
      s_item_id: 'Number',
      m_item_id: 'Number',
    },
    succ: 'Boolean',
  },
} as const satisfies ObjectSchema;

/** Static description of `tmall.nrt.item.main.synchronize`: method, response root, request and response schemas. */
export const tmallNrtItemMainSynchronizeOperation = {
  method: 'tmall.nrt.item.main.synchronize',
  responseRoot: 'tmall_nrt_item_main_synchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 家装新零售主商品同步至阿里 — calls TOP method `tmall.nrt.item.main.synchronize`.
 *
 * 同步卖场存量线下商品到阿里
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function tmallNrtItemMainSynchronize(
  client: TopClient,
  request: TmallNrtItemMainSynchronizeRequest,
  options?: CallOptions,
): Promise<TmallNrtItemMainSynchronizeResponse> {
  return client.call<TmallNrtItemMainSynchronizeResponse>(
    {
      method: 'tmall.nrt.item.main.synchronize',
      responseRoot: 'tmall_nrt_item_main_synchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
