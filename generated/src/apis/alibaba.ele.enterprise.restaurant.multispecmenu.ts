// Generated from specs/eleenterpriserestaurant/alibaba.ele.enterprise.restaurant.multispecmenu.yaml by `npm run generate`. Edit the spec or generator/, not this file.

import type { CallOptions, Int64, ObjectSchema, TopClient } from '../runtime/index.js';

/** Request params of `alibaba.ele.enterprise.restaurant.multispecmenu` (查询餐厅菜单). */
export interface AlibabaEleEnterpriseRestaurantMultispecmenuRequest {
  /** 餐厅ID */
  erestaurant_id: string;
}

/** Response of `alibaba.ele.enterprise.restaurant.multispecmenu`: TOP returns only requested, non-null fields, so all are optional. */
export interface AlibabaEleEnterpriseRestaurantMultispecmenuResponse {
  /** 返回值信息 */
  enterprise_datas?: AlibabaEleEnterpriseRestaurantMultispecmenuEnterpriseData[];
  /** 响应code */
  enterprise_code?: string;
  /** 响应信息 */
  enterprise_msg?: string;
  /** 请求id */
  enterprise_requestid?: string;
  /** Id of the gateway request, for support tickets. */
  request_id?: string;
}

/** `EnterpriseData` of `alibaba.ele.enterprise.restaurant.multispecmenu`. */
export interface AlibabaEleEnterpriseRestaurantMultispecmenuEnterpriseData {
  /** 餐厅唯一码 */
  only_restaurant_code?: string;
  /** 餐厅ID */
  erestaurant_id?: string;
  /** 食物信息 */
  foods?: AlibabaEleEnterpriseRestaurantMultispecmenuFood[];
  /** 分类名 */
  name?: string;
  /** 描述 */
  description?: string;
  /** 是否为活动商品 */
  is_activity?: boolean;
  /** 分类 id */
  id?: Int64;
  /** 分类类型. 1: 普通分类 2: 热销榜 3: 优惠分类 4: 必点分类 5: 非必点分类 */
  type?: Int64;
}

/** `Food` of `alibaba.ele.enterprise.restaurant.multispecmenu`. */
export interface AlibabaEleEnterpriseRestaurantMultispecmenuFood {
  /** 食物信息 */
  specfoods?: AlibabaEleEnterpriseRestaurantMultispecmenuSpecfood[];
  /** 活动 */
  activity?: AlibabaEleEnterpriseRestaurantMultispecmenuActivity;
  /** 餐品id */
  food_id?: string;
  /** 评分 */
  rating?: string;
  /** 描述 */
  description?: string;
  /** 规格信息, 例如: [{“name”: “规格”, “values”: [“不辣”, “中辣”, “大辣” ]}, …] */
  specifications?: AlibabaEleEnterpriseRestaurantMultispecmenuSpecification[];
  /** 概况说明, 例: “2评价 月售6份” */
  tips?: string;
  /** 属性信息, 次要的规格信息, 不决定价格, 例如: [{“name”: “甜度”, “values”: [“加糖”, “不加糖”]}, …] */
  attrs?: AlibabaEleEnterpriseRestaurantMultispecmenuAttr[];
  /** 月售份数 */
  month_sales?: Int64;
  /** 图片地址 */
  image_url?: string;
  /** 名字 */
  name?: string;
  /** 最少起购分数, 默认: 1 */
  min_purchase?: Int64;
  /** 好评率 */
  satisfy_rate?: Int64;
  /** 是否必点菜品 */
  is_essential?: boolean;
}

/** `Specfood` of `alibaba.ele.enterprise.restaurant.multispecmenu`. */
export interface AlibabaEleEnterpriseRestaurantMultispecmenuSpecfood {
  /** 规格信息（示例为多规格例子，否则为 []） */
  specs?: AlibabaEleEnterpriseRestaurantMultispecmenuSpec[];
  /** 名字 */
  food_name?: string;
  /** 原价, 如果没有绑定活动, 该字段为空 */
  original_price?: string;
  /** 当前价格, 如果美食活动, 此价格是优惠后的价格 */
  price?: string;
  /** 食物id */
  food_id?: string;
  /** 是否必点, 必点分类下只要点一个 food 就好了, 如果必点商品售完, 不需要必点 */
  is_essential?: boolean;
  /** 库存 */
  stock?: Int64;
  /** 是否售完 */
  sold_out?: boolean;
  /** 商品规格id */
  sku_id?: string;
}

/** `Spec` of `alibaba.ele.enterprise.restaurant.multispecmenu`. */
export interface AlibabaEleEnterpriseRestaurantMultispecmenuSpec {
  /** 姓名 */
  name?: string;
  /** 值 */
  value?: string;
}

/** `Activity` of `alibaba.ele.enterprise.restaurant.multispecmenu`. */
export interface AlibabaEleEnterpriseRestaurantMultispecmenuActivity {
  /** 活动名字 */
  name?: string;
  /** 描述 */
  description?: string;
}

/** `Specification` of `alibaba.ele.enterprise.restaurant.multispecmenu`. */
export interface AlibabaEleEnterpriseRestaurantMultispecmenuSpecification {
  /** 特别说明 */
  name?: string;
  /** 规格说明 */
  values?: string[];
}

/** `Attr` of `alibaba.ele.enterprise.restaurant.multispecmenu`. */
export interface AlibabaEleEnterpriseRestaurantMultispecmenuAttr {
  /** 值 */
  values?: string[];
  /** 姓名 */
  name?: string;
}

const REQUEST_SCHEMA = {
  erestaurant_id: 'String',
} as const satisfies ObjectSchema;

const RESPONSE_SCHEMA = {
  enterprise_datas: [
    {
      only_restaurant_code: 'String',
      erestaurant_id: 'String',
      foods: [
        {
          specfoods: [
            {
              specs: [
                {
                  name: 'String',
                  value: 'String',
                },
              ],
              food_name: 'String',
              original_price: 'String',
              price: 'String',
              food_id: 'String',
              is_essential: 'Boolean',
              stock: 'Number',
              sold_out: 'Boolean',
              sku_id: 'String',
            },
          ],
          activity: {
            name: 'String',
            description: 'String',
          },
          food_id: 'String',
          rating: 'String',
          description: 'String',
          specifications: [
            {
              name: 'String',
              values: ['String'],
            },
          ],
          tips: 'String',
          attrs: [
            {
              values: ['String'],
              name: 'String',
            },
          ],
          month_sales: 'Number',
          image_url: 'String',
          name: 'String',
          min_purchase: 'Number',
          satisfy_rate: 'Number',
          is_essential: 'Boolean',
        },
      ],
      name: 'String',
      description: 'String',
      is_activity: 'Boolean',
      id: 'Number',
      type: 'Number',
    },
  ],
  enterprise_code: 'String',
  enterprise_msg: 'String',
  enterprise_requestid: 'String',
} as const satisfies ObjectSchema;

/** Static description of `alibaba.ele.enterprise.restaurant.multispecmenu`: method, response root, request and response schemas. */
export const alibabaEleEnterpriseRestaurantMultispecmenuOperation = {
  method: 'alibaba.ele.enterprise.restaurant.multispecmenu',
  responseRoot: 'alibaba_ele_enterprise_restaurant_multispecmenu_response',
  request: REQUEST_SCHEMA,
  response: RESPONSE_SCHEMA,
} as const;

/**
 * 查询餐厅菜单 — calls TOP method `alibaba.ele.enterprise.restaurant.multispecmenu`.
 *
 * @param client - The client that signs and sends the call.
 * @param request - The API params.
 * @param options - Per-call options such as `session`, `timeoutMs` and `retries`.
 * @throws {TopError} when TOP answers with an error response; TopTransportError when the call does not complete.
 */
export function alibabaEleEnterpriseRestaurantMultispecmenu(
  client: TopClient,
  request: AlibabaEleEnterpriseRestaurantMultispecmenuRequest,
  options?: CallOptions,
): Promise<AlibabaEleEnterpriseRestaurantMultispecmenuResponse> {
  return client.call<AlibabaEleEnterpriseRestaurantMultispecmenuResponse>(
    {
      method: 'alibaba.ele.enterprise.restaurant.multispecmenu',
      responseRoot: 'alibaba_ele_enterprise_restaurant_multispecmenu_response',
      params: request,
      request: REQUEST_SCHEMA,
      response: RESPONSE_SCHEMA,
    },
    options,
  );
}
