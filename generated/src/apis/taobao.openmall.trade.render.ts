// Generated from specs/openmall/taobao.openmall.trade.render.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, Int64Input, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `taobao.openmall.trade.render` (渲染订单价格). */
export interface TaobaoOpenmallTradeRenderRequest {
  /** 请求入参 */
  param_top_trade_create_d_o: TaobaoOpenmallTradeRenderTopTradeCreateDoInput;
}

/** Response of `taobao.openmall.trade.render`: TOP returns only requested, non-null fields, so all are optional. */
export interface TaobaoOpenmallTradeRenderResponse {
  /** 返回结果 */
  result?: TaobaoOpenmallTradeRenderTopTradeResultVo;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `TopTradeCreateDo` of `taobao.openmall.trade.render`. */
export interface TaobaoOpenmallTradeRenderTopTradeCreateDoInput {
  /** 收货人地址 */
  address: string;
  /** 买家来源渠道，可选值 WeiXin（微信渠道）,DouYin（抖音渠道），KuaiShou（快手渠道），Other（其他） */
  buyer_channel: string;
  /** 买家来源渠道对应ID，例如微信的openId */
  buyer_channel_id: string;
  /** 买家手机号 */
  buyer_phone: string;
  /** 媒体渠道，代表分销者的身份，签约协议支付的淘宝账号 */
  distributor: string;
  /** 收货地址的区域码，具体获取方式参考API:http://open.taobao.com/api.htm?docId=59&docType=2，一般为6位数字。也可以使用Openmall Api来解析收货地址( taobao.openmall.trade.address.parse)获取区域码 */
  divisioncode: string;
  /** 收货人手机号 */
  mobile: string;
  /** 收货人姓名 */
  name: string;
  /** 商品的id */
  num_iid: Int64Input;
  /** 商品数量 */
  nums: Int64Input;
  /** 收货人的电话号码 */
  phone?: string;
  /** 收货地址的邮编，空或者6位数字的邮编 */
  postcode?: string;
  /** 商品SKUID，无sku商品传0 */
  sku_iids: Int64Input;
}

/** `TopTradeResultVo` of `taobao.openmall.trade.render`. */
export interface TaobaoOpenmallTradeRenderTopTradeResultVo {
  /** 发货地址对应的areaid */
  area_id?: Int64;
  /** 商品ID */
  item_id?: Int64;
  /** 发货地址 */
  location?: string;
  /** 运费列表 */
  posts?: TaobaoOpenmallTradeRenderPostDo[];
}

/** `PostDo` of `taobao.openmall.trade.render`. */
export interface TaobaoOpenmallTradeRenderPostDo {
  /** 运费金额，运费0为包邮 */
  amount?: string;
  /** 发货方式 快递，EMS等 */
  name?: string;
  /** 物流方式，可选值 ems, post, express */
  shipping_type?: string;
}

const REQUEST_SCHEMA = {
  param_top_trade_create_d_o: {
    address: 'String',
    buyer_channel: 'String',
    buyer_channel_id: 'String',
    buyer_phone: 'String',
    distributor: 'String',
    divisioncode: 'String',
    mobile: 'String',
    name: 'String',
    num_iid: 'Number',
    nums: 'Number',
    phone: 'String',
    postcode: 'String',
    sku_iids: 'Number',
  },
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  result: {
    area_id: 'Number',
    item_id: 'Number',
    location: 'String',
    posts: [
      {
        amount: 'String',
        name: 'String',
        shipping_type: 'String',
      },
    ],
  },
} as const satisfies ObjectSchema;

/** Static description of `taobao.openmall.trade.render`: method, response root, request and response schemas. */
export const taobaoOpenmallTradeRenderOperation = {
  method: 'taobao.openmall.trade.render',
  responseRoot: 'openmall_trade_render_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 渲染订单价格 — calls TOP method `taobao.openmall.trade.render`.
 *
 * 请求渲染订单价格
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function taobaoOpenmallTradeRender(
  client: TopClient,
  request: TaobaoOpenmallTradeRenderRequest,
  options?: CallOptions,
): Promise<TaobaoOpenmallTradeRenderResponse> {
  return client.call<TaobaoOpenmallTradeRenderResponse>(
    {
      method: 'taobao.openmall.trade.render',
      responseRoot: 'openmall_trade_render_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
