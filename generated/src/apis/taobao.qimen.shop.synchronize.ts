// Generated from specs/qimen/taobao.qimen.shop.synchronize.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.qimen.shop.synchronize` (店铺同步接口). */
export interface TaobaoQimenShopSynchronizeRequest {
  /** 请求 */
  request?: TaobaoQimenShopSynchronizeRequestInput;
}

/** Response of `taobao.qimen.shop.synchronize`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoQimenShopSynchronizeResponse {
  /** Response */
  response?: TaobaoQimenShopSynchronizeResponse2;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `Request` of `taobao.qimen.shop.synchronize`. */
export interface TaobaoQimenShopSynchronizeRequestInput {
  /** add,update, 必填 */
  actionType?: string;
  /** 店铺 */
  shop?: TaobaoQimenShopSynchronizeShopInput;
}

/** `Shop` of `taobao.qimen.shop.synchronize`. */
export interface TaobaoQimenShopSynchronizeShopInput {
  /** 来源平台编码, string (50) , 必填,TB= 淘宝 、TM=天猫 、JD=京东、DD=当当、PP=拍拍、YX=易讯、EBAY=ebay、QQ=QQ网购、AMAZON=亚马逊、SN=苏宁、GM=国美、WPH=唯品会、JM=聚美、LF=乐蜂、MGJ=蘑菇街、JS=聚尚、PX=拍鞋、YT=银泰、YHD=1号店、VANCL=凡客、YL=邮乐、YG=优购、1688=阿里巴巴、POS=POS门店、MIA=蜜芽、GW=商家官网、CT=村淘、YJWD=云集微店、OTHERS=其他, (只传英文编码) */
  sourcePlatformCode?: string;
  /** 货主编码, string (50) , 必填 */
  ownerCode?: string;
  /** 仓库编码, string (50)，必填 */
  warehouseCode?: string;
  /** ERP店铺编码, string (50) , 必填 */
  shopCode?: string;
  /** ERP店铺名称，string (50) */
  shopName?: string;
  /** 平台店铺Id（如淘宝店铺Id）, string (50) */
  platformShopCode?: string;
  /** 平台店铺名称（如淘宝店铺名称）, string (50) */
  platformShopName?: string;
  /** 店铺地址 */
  shopAddress?: TaobaoQimenShopSynchronizeShopAddressInput;
}

/** `ShopAddress` of `taobao.qimen.shop.synchronize`. */
export interface TaobaoQimenShopSynchronizeShopAddressInput {
  /** 邮编, string (50) */
  zipCode?: string;
  /** 省份, string (50) */
  province?: string;
  /** 城市, string (50) */
  city?: string;
  /** 区域, string (50) */
  area?: string;
  /** 村镇, string (50) */
  town?: string;
  /** 详细地址, string (200) */
  detailAddress?: string;
}

/** `Response` of `taobao.qimen.shop.synchronize`. */
export interface TaobaoQimenShopSynchronizeResponse2 {
  /** success|failure */
  flag?: string;
  /** 响应码 */
  code?: string;
  /** 响应信息 */
  message?: string;
}

const REQUEST_SCHEMA = {
  request: {
    actionType: 'String',
    shop: {
      sourcePlatformCode: 'String',
      ownerCode: 'String',
      warehouseCode: 'String',
      shopCode: 'String',
      shopName: 'String',
      platformShopCode: 'String',
      platformShopName: 'String',
      shopAddress: {
        zipCode: 'String',
        province: 'String',
        city: 'String',
        area: 'String',
        town: 'String',
        detailAddress: 'String',
      },
    },
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  response: {
    flag: 'String',
    code: 'String',
    message: 'String',
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.qimen.shop.synchronize`: method, response root, request and response schemas. */
export const taobaoQimenShopSynchronizeOperation = {
  method: 'taobao.qimen.shop.synchronize',
  responseRoot: 'qimen_shop_synchronize_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 店铺同步接口 — calls TOP method `taobao.qimen.shop.synchronize`.
 *
 * 店铺同步接口描述
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoQimenShopSynchronize(
  client: TopClient,
  request: TaobaoQimenShopSynchronizeRequest = {},
  options?: CallOptions,
): Promise<TaobaoQimenShopSynchronizeResponse> {
  return client.call<TaobaoQimenShopSynchronizeResponse>(
    {
      method: 'taobao.qimen.shop.synchronize',
      responseRoot: 'qimen_shop_synchronize_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
